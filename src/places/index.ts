export {
  parseLocation,
  placeHref,
  referencePages,
  sameView,
  viewParamNames,
  type AppLocation,
  type AppView,
  type LinkProblem,
  type ParsedLocation,
  type PathOnChart,
  type ReferencePage,
} from './places';
export { offlineCopyOf, pageFileOf, pagesFolder } from './pages';
