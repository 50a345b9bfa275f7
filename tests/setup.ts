// Every unit and component test: IndexedDB (for Dexie) before anything opens a database.
import 'fake-indexeddb/auto';
