export { earnBack } from './earn-back';
export { metricCredit } from './amount';
export { serviceCredits, type MetricCredit } from './service-credits';
export { CreditBases } from './base';
export { ServiceCharges } from './charges';
