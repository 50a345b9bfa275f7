// Types for vite-plugin-pwa's `virtual:pwa-register/react` module.
/// <reference types="vite-plugin-pwa/react" />
