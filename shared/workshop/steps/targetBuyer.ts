import { z } from 'zod';
import { id, text } from './common';

/** Where a fact comes from: the room must see which beliefs are backed by data (docs/domain.md). */
export const EVIDENCE = ['customerData', 'salesFeedback', 'assumption'] as const;
export const evidenceSchema = z.enum(EVIDENCE);
export type Evidence = z.infer<typeof evidenceSchema>;

/** Limits the editors enforce too: a list past its limit would make the workshop unreadable. */
export const MAX_FACTS = 50;
export const MAX_PERSONAS = 20;

export const factSchema = z.object({ id, text: text(500), evidence: evidenceSchema });
export type Fact = z.infer<typeof factSchema>;
const facts = z.array(factSchema).max(MAX_FACTS);

export const ICP_FIELDS = ['industries', 'companySizes', 'regions', 'revenueBands', 'technologies', 'disqualifiers'] as const;
export type IcpField = (typeof ICP_FIELDS)[number];

export const icpSchema = z.object({
  industries: facts,
  companySizes: facts,
  regions: facts,
  revenueBands: facts,
  technologies: facts,
  disqualifiers: facts,
});
export type Icp = z.infer<typeof icpSchema>;

export const SENIORITIES = ['cLevel', 'vp', 'director', 'manager', 'individual'] as const;
export type Seniority = (typeof SENIORITIES)[number];
export const BUYING_ROLES = ['decisionMaker', 'influencer', 'user', 'gatekeeper'] as const;
export type BuyingRole = (typeof BUYING_ROLES)[number];

export const PERSONA_FACT_FIELDS = ['goals', 'pains', 'objections', 'buyingTriggers', 'informationSources'] as const;
export type PersonaFactField = (typeof PERSONA_FACT_FIELDS)[number];

export const personaSchema = z.object({
  id,
  name: text(120),
  title: text(120),
  /** Null until the room chooses: a guessed default would quietly become a scoring criterion. */
  seniority: z.enum(SENIORITIES).nullable(),
  buyingRole: z.enum(BUYING_ROLES).nullable(),
  goals: facts,
  pains: facts,
  objections: facts,
  buyingTriggers: facts,
  informationSources: facts,
});
export type Persona = z.infer<typeof personaSchema>;

export const targetBuyerStepSchema = z.object({
  icp: icpSchema,
  personas: z.array(personaSchema).max(MAX_PERSONAS),
});
export type TargetBuyerStep = z.infer<typeof targetBuyerStepSchema>;

export const defaultTargetBuyerStep = (): TargetBuyerStep => ({
  icp: { industries: [], companySizes: [], regions: [], revenueBands: [], technologies: [], disqualifiers: [] },
  personas: [],
});
