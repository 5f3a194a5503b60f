import { v5 as uuidv5 } from 'uuid';
import {
  ROLE_FAMILIES,
  ROLE_FAMILY_LABELS,
  SENIORITIES,
  STAGE_OF_SENIORITY,
  type TCareerStage,
  type TRoleFamily,
  type TSeniority,
} from '../../../../../contracts/classifier';
import { BUILTIN_FRAMEWORKS, type BuiltinFramework } from '../../frameworks/builtin';
import { builtinItemIdentifier } from '../../frameworks/builtin/sync';

/**
 * Built-in role profiles: one per role family, on the framework that fits the family, scaled
 * to each seniority. Requirements are written once per family on a 1-4 reference scale
 * (entry 1, practitioner 2, senior 3, leadership 4), with a weight per item (+1 for the core
 * of the role, -1 for what it touches less) and an optional seniority from which the item is
 * required at all. The level for a seniority is the reference level plus the weight, kept
 * within 1..4, then mapped onto the framework's own scale (Jisc's three levels: 1-4 becomes
 * 1, 2, 3, 3). So the requirements rise with seniority and never exceed the scale.
 */

type Requirement = {
  /** The item's key in the built-in framework. */
  item: string;
  weight?: -1 | 0 | 1;
  /** Required only from this seniority up. */
  from?: TSeniority;
};

type FamilyProfile = {
  family: TRoleFamily;
  /** The built-in framework's key. */
  framework: string;
  /** What the role is, in our words; the seniority sentence is added per profile. */
  description: string;
  requirements: Requirement[];
};

const NAMESPACE = '3b8e2f0c-7d4a-4e51-9c1b-5a6f2d8e9b70';

export const FAMILY_PROFILES: FamilyProfile[] = [
  {
    family: 'learning-technologist',
    framework: 'cmalt',
    description:
      'Helps staff and students use learning technology well: choosing and running tools, supporting teaching with them and keeping within law and policy. Measured against CMALT, the peer-assessed scheme for this work.',
    requirements: [
      { item: '1a' },
      { item: '1b', weight: 1 },
      { item: '1c', weight: 1 },
      { item: '2a' },
      { item: '2b', weight: -1 },
      { item: '3a', weight: -1 },
      { item: '3b', weight: -1 },
      { item: '4' },
      { item: 'principle-dissemination', from: 'senior' },
    ],
  },
  {
    family: 'learning-designer',
    framework: 'cmalt',
    description:
      'Designs courses and learning activities with teaching staff, grounded in how people learn and who the learners are. Measured against CMALT, whose teaching and learning areas are the core of the role.',
    requirements: [
      { item: '1a' },
      { item: '1b', weight: -1 },
      { item: '2a', weight: 1 },
      { item: '2b', weight: 1 },
      { item: '3b', weight: -1 },
      { item: '4' },
      { item: 'principle-interplay', from: 'senior' },
    ],
  },
  {
    family: 'educational-developer',
    framework: 'psf-2023',
    description:
      'Develops teaching practice across an institution: workshops, programmes, recognition schemes and enhancement projects. Measured against the Advance HE Professional Standards Framework 2023.',
    requirements: [
      { item: 'V3', weight: 1 },
      { item: 'V4' },
      { item: 'V5' },
      { item: 'K1' },
      { item: 'K2', weight: 1 },
      { item: 'K3' },
      { item: 'K5', from: 'senior' },
      { item: 'A4' },
      { item: 'A5', weight: 1 },
    ],
  },
  {
    family: 'content-producer',
    framework: 'cmalt',
    description:
      'Makes learning materials: e-learning, video, multimedia and interactive resources, with an eye on the learners who will use them. Measured against CMALT.',
    requirements: [
      { item: '1a' },
      { item: '1b', weight: 1 },
      { item: '2b' },
      { item: '3a', weight: -1 },
      { item: '4', weight: -1 },
      { item: 'principle-up-to-date', from: 'practitioner' },
    ],
  },
  {
    family: 'technical-specialist',
    framework: 'cmalt',
    description:
      'Runs, integrates and develops the systems teaching depends on (the learning environment and what connects to it). Measured against CMALT, whose operational areas are the core of the role.',
    requirements: [
      { item: '1a' },
      { item: '1b', weight: 1 },
      { item: '1c', weight: 1 },
      { item: '2a', weight: -1 },
      { item: '3a' },
      { item: '3b' },
      { item: '4', weight: -1 },
    ],
  },
  {
    family: 'digital-capability',
    framework: 'jisc-digital-capabilities',
    description:
      'Develops the digital capabilities of staff and students. Measured against the six elements of the Jisc digital capabilities framework, on its own Developing, Capable, Proficient scale.',
    requirements: [
      { item: 'proficiency-productivity', weight: 1 },
      { item: 'information-data-media' },
      { item: 'creation-problem-solving-innovation' },
      { item: 'communication-collaboration-participation' },
      { item: 'learning-development', weight: 1 },
      { item: 'identity-wellbeing' },
    ],
  },
  {
    family: 'learning-support',
    framework: 'jisc-digital-capabilities',
    description:
      'Coordinates and supports online and distance programmes and the people on them. Measured against the Jisc digital capabilities framework.',
    requirements: [
      { item: 'proficiency-productivity', weight: 1 },
      { item: 'information-data-media' },
      { item: 'communication-collaboration-participation', weight: 1 },
      { item: 'learning-development', weight: -1 },
      { item: 'identity-wellbeing', weight: -1 },
    ],
  },
  {
    family: 'researcher',
    framework: 'psf-2023',
    description:
      'Researches learning, teaching and technology and feeds the findings into practice. Measured against the Advance HE Professional Standards Framework 2023, with scholarship at its core.',
    requirements: [
      { item: 'V3', weight: 1 },
      { item: 'V4' },
      { item: 'K1' },
      { item: 'K3', weight: 1 },
      { item: 'K4' },
      { item: 'A5' },
    ],
  },
  {
    family: 'project-manager',
    framework: 'cmalt',
    description:
      'Runs learning technology projects and programmes: rollouts, procurements, change. Measured against CMALT, whose deployment, policy and communication areas carry the role.',
    requirements: [
      { item: '1a' },
      { item: '1c', weight: 1 },
      { item: '3a' },
      { item: '3b', weight: 1 },
      { item: '4', weight: 1 },
    ],
  },
  {
    family: 'academic',
    framework: 'psf-2023',
    description:
      'Teaches and researches in a discipline (seed 001 names the move from educational technology into an academic post as one of the two hard ones). Measured against the Advance HE Professional Standards Framework 2023.',
    requirements: [
      { item: 'V1' },
      { item: 'V3', weight: 1 },
      { item: 'K1' },
      { item: 'K2' },
      { item: 'K4', weight: -1 },
      { item: 'A1' },
      { item: 'A2', weight: 1 },
      { item: 'A3' },
      { item: 'A5' },
    ],
  },
  {
    family: 'senior-management',
    framework: 'cetl',
    description:
      'Executive posts that set direction for teaching, learning and technology (seed 001 names the move into senior management as one of the two hard ones). Measured against the CoSN CETL framework of essential skills.',
    requirements: [
      { item: 'leadership-and-vision', weight: 1 },
      { item: 'strategic-planning', weight: 1 },
      { item: 'ethics-and-policies' },
      { item: 'instructional-focus-and-pd' },
      { item: 'team-building-and-staffing' },
      { item: 'business-management', weight: -1 },
      { item: 'data-privacy-and-security', weight: -1 },
    ],
  },
  {
    family: 'trainer',
    framework: 'iste-coaches',
    description:
      'Trains and coaches staff to use technology in their teaching or work. Measured against the ISTE Standards for Coaches.',
    requirements: [
      { item: '4.2a' },
      { item: '4.3a', weight: 1 },
      { item: '4.4d' },
      { item: '4.5a', weight: 1 },
      { item: '4.5b', weight: 1 },
      { item: '4.5c' },
      { item: '4.1a', from: 'senior' },
    ],
  },
];

const REFERENCE: Record<TSeniority, number> = {
  entry: 1,
  practitioner: 2,
  senior: 3,
  leadership: 4,
};

const SENIORITY_SENTENCE: Record<TSeniority, string> = {
  entry:
    'At entry level (assistant, junior, trainee), aware of each area and doing it with support.',
  practitioner: 'As a practitioner, doing the core of the role confidently and on your own.',
  senior: 'At senior level (senior, lead, principal), leading practice in the core of the role.',
  leadership: 'In leadership (head, director, manager of a unit), shaping practice for others.',
};

/** The level an item needs at a seniority, on a framework scale of `max` levels (4 by default). */
export function requiredLevel(r: Requirement, seniority: TSeniority, max: number): number | null {
  if (r.from && SENIORITIES.indexOf(seniority) < SENIORITIES.indexOf(r.from)) return null;
  const reference = Math.min(4, Math.max(1, REFERENCE[seniority] + (r.weight ?? 0)));
  return Math.min(max, Math.max(1, Math.ceil((reference * max) / 4)));
}

export type BuiltinRoleProfile = {
  id: string;
  name: string;
  description: string;
  family: TRoleFamily;
  seniority: TSeniority;
  stage: TCareerStage;
  framework: BuiltinFramework;
  frameworkKey: string;
  requirements: { itemId: string; level: number }[];
};

const SENIORITY_NAME: Record<TSeniority, string> = {
  entry: 'entry level',
  practitioner: 'practitioner',
  senior: 'senior',
  leadership: 'leadership',
};

export const builtinRoleProfileId = (family: TRoleFamily, seniority: TSeniority) =>
  uuidv5(`${family}:${seniority}`, NAMESPACE);

function build(): BuiltinRoleProfile[] {
  const out: BuiltinRoleProfile[] = [];
  for (const family of ROLE_FAMILIES) {
    const p = FAMILY_PROFILES.find((x) => x.family === family);
    if (!p) throw new Error(`no built-in role profile for ${family}`);
    const framework = BUILTIN_FRAMEWORKS.find((f) => f.key === p.framework);
    if (!framework) throw new Error(`unknown framework ${p.framework}`);
    const max = framework.levels?.length || 4;
    for (const seniority of SENIORITIES) {
      out.push({
        id: builtinRoleProfileId(family, seniority),
        name: `${ROLE_FAMILY_LABELS[family]} (${SENIORITY_NAME[seniority]})`,
        description: `${p.description} ${SENIORITY_SENTENCE[seniority]}`,
        family,
        seniority,
        stage: STAGE_OF_SENIORITY[seniority],
        framework,
        frameworkKey: framework.key,
        requirements: p.requirements.flatMap((r) => {
          const level = requiredLevel(r, seniority, max);
          return level === null
            ? []
            : [{ itemId: builtinItemIdentifier(framework, r.item), level }];
        }),
      });
    }
  }
  return out;
}

/** Every built-in role profile: each role family at each seniority. */
export const BUILTIN_ROLE_PROFILES: readonly BuiltinRoleProfile[] = build();

export const findBuiltinRoleProfile = (id: string) =>
  BUILTIN_ROLE_PROFILES.find((p) => p.id === id);

export const builtinRoleProfileFor = (family: TRoleFamily, seniority: TSeniority) =>
  BUILTIN_ROLE_PROFILES.find((p) => p.family === family && p.seniority === seniority)!;
