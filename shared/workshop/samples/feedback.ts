import { defaultFeedbackStep, type FeedbackStep } from '../steps/feedback';

/** Northwind Analytics' feedback step in the built-in sample workshop. */
export function sampleFeedback(): FeedbackStep {
  return defaultFeedbackStep();
}
