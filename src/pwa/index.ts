export { ConnectionLine, PwaStatus } from './PwaStatus';
