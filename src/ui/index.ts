export { afterNextPaint, usePainted } from './afterNextPaint';
export { Banner } from './Banner';
export { Button } from './Button';
export { historyDepth, navigateTo } from './history';
export { InAppLink } from './InAppLink';
export { Screen } from './Screen';
export { preloadable, type PreloadableComponent } from './preloadable';
