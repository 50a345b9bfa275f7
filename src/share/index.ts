export {
  locationSearch,
  parseLocation,
  sameView,
  type AppLocation,
  type AppView,
  type LinkProblem,
  type ParsedLocation,
} from './links';
