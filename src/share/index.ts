export {
  parseWizardLocation,
  wizardSearch,
  type LinkProblem,
  type ParsedWizardLocation,
  type WizardLocation,
} from './links';
