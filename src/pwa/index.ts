export { PwaStatus } from './PwaStatus';
