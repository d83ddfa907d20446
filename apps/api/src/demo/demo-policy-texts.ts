import { DEMO_POLICY, type DemoPolicyText } from './demo-policy';

/** The demo policy's texts: the English original first (its main language), then translations. */
export const DEMO_POLICY_TEXTS: readonly DemoPolicyText[] = [DEMO_POLICY];
