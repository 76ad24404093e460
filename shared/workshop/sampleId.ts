/** The sample workshop's fixed id, on its own so that knowing it does not load the sample. */
export const SAMPLE_WORKSHOP_ID = 'sample-northwind-analytics';
