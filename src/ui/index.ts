export { Banner } from './Banner';
export { Button } from './Button';
export { Screen } from './Screen';
