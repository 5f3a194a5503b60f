import type { BuiltinMapping } from './types';

/**
 * How evidence for one item also speaks to another, across CMALT, the ISTE Standards for
 * Coaches, the PSF 2023 and the skill areas of the 2001 JISC study. `from` is the more specific
 * item where one is. Nothing here is an exact match: the frameworks overlap, they do not coincide.
 */
export const CROSSWALK: BuiltinMapping[] = [
  // Working with others
  {
    from: 'cmalt:4',
    to: 'iste-coaches:4.3',
    type: 'isRelatedTo',
    rationale:
      'Both are about productive working relationships with the teachers you support. A core area 4 example of partnering with academic staff counts as Collaborator evidence when it shows their teaching improving.',
  },
  {
    from: 'cmalt:4',
    to: 'psf-2023:V5',
    type: 'isRelatedTo',
    rationale:
      'V5 asks for collaboration that improves practice, which is what core area 4 examples show. Choose an example where working together changed teaching or learning, not only logistics.',
  },
  {
    from: 'iste-coaches:4.3',
    to: 'psf-2023:V5',
    type: 'isRelatedTo',
    rationale:
      'A coaching partnership that improves a teacher’s practice is collaborating with others to enhance practice, so the same cycle can support a fellowship claim.',
  },
  {
    from: 'cmalt:4',
    to: 'jisc-2001-role-map:interpersonal',
    type: 'isRelatedTo',
    rationale:
      'Core area 4 is where CMALT asks for the interpersonal skills that every participant in the 2001 study ranked first.',
  },
  {
    from: 'iste-coaches:4.3a',
    to: 'jisc-2001-role-map:interpersonal',
    type: 'isRelatedTo',
    rationale:
      'Earning enough trust that teachers will try a new strategy is the interpersonal skill the 2001 study put ahead of technical skill.',
  },
  {
    from: 'cmalt:principle-empathy',
    to: 'psf-2023:V5',
    type: 'isRelatedTo',
    rationale:
      'Learning from colleagues of other backgrounds is the disposition behind good collaboration. Evidence of working across roles or disciplines supports both.',
  },
  // Learners and pedagogy
  {
    from: 'cmalt:2b',
    to: 'psf-2023:K1',
    type: 'isRelatedTo',
    rationale:
      'Understanding your target learners draws on knowing how learners learn. An analysis of learners’ needs that cites learning research covers both.',
  },
  {
    from: 'cmalt:2b',
    to: 'psf-2023:V1',
    type: 'isRelatedTo',
    rationale:
      'Shaping a design around the needs, circumstances and diversity of your learners is respecting individual learners and diverse groups in practice.',
  },
  {
    from: 'iste-coaches:4.4c',
    to: 'cmalt:2b',
    type: 'isRelatedTo',
    rationale:
      'Designing accessible environments for learners who differ widely depends on knowing who they are. One accessibility redesign, with the learner analysis behind it, can evidence both.',
  },
  {
    from: 'iste-coaches:4.4c',
    to: 'psf-2023:V1',
    type: 'isRelatedTo',
    rationale:
      'Accommodating learner variability through accessible design is a concrete way of respecting diverse groups of learners.',
  },
  {
    from: 'cmalt:2a',
    to: 'psf-2023:K2',
    type: 'isRelatedTo',
    rationale:
      'Both ask for a grounded understanding of approaches to teaching and supporting learning. A reflective account of the pedagogy behind a design you worked on serves each.',
  },
  {
    from: 'cmalt:2a',
    to: 'jisc-2001-role-map:pedagogical',
    type: 'isRelatedTo',
    rationale:
      '2a is where a CMALT candidate shows the pedagogical awareness that managers in the 2001 study valued above technical skill.',
  },
  // Technology choice and skill
  {
    from: 'cmalt:1a',
    to: 'iste-coaches:4.3c',
    type: 'isRelatedTo',
    rationale:
      'Testing whether tools work, to inform procurement, is a structured way of weighing the constraints and benefits of technologies. A vetting or pilot report evidences both.',
  },
  {
    from: 'cmalt:1a',
    to: 'psf-2023:K4',
    type: 'isRelatedTo',
    rationale:
      'K4 asks for knowledge of appropriate use of digital technologies, which rests on the judgement of benefits and limits that 1a asks you to show.',
  },
  {
    from: 'cmalt:1b',
    to: 'psf-2023:K4',
    type: 'isRelatedTo',
    rationale:
      'Hands-on skill with learning technologies is part of knowing how to use them for learning. Add how the tool served learners to make 1b evidence count for K4.',
  },
  {
    from: 'cmalt:1b',
    to: 'jisc-2001-role-map:technical',
    type: 'isRelatedTo',
    rationale:
      '1b is the CMALT home for the technical skills the 2001 study described, which staff often learned on the job.',
  },
  {
    from: 'cmalt:principle-interplay',
    to: 'psf-2023:K4',
    type: 'isRelatedTo',
    rationale:
      'Exploring how technology and learning shape each other is the understanding behind choosing technologies that actually help learning.',
  },
  // Deployment and change
  {
    from: 'cmalt:1c',
    to: 'iste-coaches:4.1',
    type: 'isRelatedTo',
    rationale:
      'Supporting the deployment of a technology across courses is leading change in practice. A rollout that changed how teachers work evidences both.',
  },
  {
    from: 'cmalt:1c',
    to: 'iste-coaches:4.1e',
    type: 'isRelatedTo',
    rationale:
      'Deploying a technology means bringing teaching staff, technical support and the supplier together, which is the connecting work of 4.1e.',
  },
  {
    from: 'cmalt:1c',
    to: 'jisc-2001-role-map:management-project-management',
    type: 'isRelatedTo',
    rationale:
      'A rollout is a project with a plan, a budget, milestones and stakeholders, so evidence of running one also shows project management skill.',
  },
  {
    from: 'iste-coaches:4.3d',
    to: 'cmalt:1c',
    type: 'isRelatedTo',
    rationale:
      'Planning with individual teachers and demonstrating a tool in their own lessons is how much of the support for a deployment is actually delivered.',
  },
  {
    from: 'iste-coaches:4.1e',
    to: 'jisc-2001-role-map:strategic-organisational-networking',
    type: 'isRelatedTo',
    rationale:
      'Connecting leaders, support staff, experts and vendors relies on the cross-institution networks that the 2001 study found learning technology staff build.',
  },
  {
    from: 'iste-coaches:4.1b',
    to: 'psf-2023:V2',
    type: 'isRelatedTo',
    rationale:
      'Making sure digital tools and content serve every learner is promoting equity of opportunity, the heart of V2.',
  },
  // Law, policy and the wider context
  {
    from: 'cmalt:3a',
    to: 'iste-coaches:4.7',
    type: 'isRelatedTo',
    rationale:
      'Digital citizenship work on privacy, copyright and safe behaviour online rests on the law that 3a asks about. Guidance you wrote for teachers on either can serve both, if it names the law that shaped it.',
  },
  {
    from: 'cmalt:3a',
    to: 'iste-coaches:4.7d',
    type: 'isRelatedTo',
    rationale:
      'Helping people protect their personal data is data protection law applied. Say which law shaped your advice and it satisfies 3a as well.',
  },
  {
    from: 'cmalt:3a',
    to: 'iste-coaches:4.6a',
    type: 'isRelatedTo',
    rationale:
      'Collecting student data securely means complying with data protection or student privacy law, such as GDPR or FERPA, so a data-handling procedure can evidence both.',
  },
  {
    from: 'cmalt:3',
    to: 'psf-2023:V4',
    type: 'isRelatedTo',
    rationale:
      'Both ask practitioners to recognise the laws, policies and sector pressures around their work and to show how they responded in practice.',
  },
  {
    from: 'cmalt:3b',
    to: 'psf-2023:K5',
    type: 'isRelatedTo',
    rationale:
      'Institutional policies and sector standards include quality assurance and enhancement requirements. Applying them to a course or a service can count for both.',
  },
  // Keeping up to date and CPD
  {
    from: 'cmalt:principle-up-to-date',
    to: 'psf-2023:A5',
    type: 'isRelatedTo',
    rationale:
      'Keeping up to date with technologies is continuing professional development. A CPD record that says what changed in your practice serves both.',
  },
  {
    from: 'iste-coaches:4.2b',
    to: 'cmalt:principle-up-to-date',
    type: 'isPartOf',
    rationale:
      'Taking part in professional learning networks to follow new technology and pedagogy is one way of keeping up to date, the principle CMALT expects throughout.',
  },
  {
    from: 'iste-coaches:4.2a',
    to: 'psf-2023:A5',
    type: 'isRelatedTo',
    rationale:
      'Professional learning that deepens the coach’s own expertise is CPD that enhances practice, provided you show its effect on your work.',
  },
  {
    from: 'cmalt:future-plans',
    to: 'psf-2023:A5',
    type: 'isRelatedTo',
    rationale:
      'CMALT future plans set out the development that A5 evidence later reports on. Pairing the plan with what you did about it strengthens both.',
  },
  // Evaluation and evidence
  {
    from: 'iste-coaches:4.2c',
    to: 'psf-2023:K3',
    type: 'isRelatedTo',
    rationale:
      'Reviewing with teachers what worked and adjusting your coaching is critical evaluation used as a basis for practice.',
  },
  {
    from: 'iste-coaches:4.5c',
    to: 'psf-2023:K3',
    type: 'isRelatedTo',
    rationale:
      'Measuring what professional learning changed, and revising it in response, is critical evaluation applied to staff development.',
  },
  {
    from: 'iste-coaches:4.6b',
    to: 'psf-2023:V3',
    type: 'isRelatedTo',
    rationale:
      'Using quantitative and qualitative data to decide what students need is an evidence-informed approach to practice.',
  },
  // Developing others
  {
    from: 'iste-coaches:4.5',
    to: 'jisc-2001-role-map:developing-others',
    type: 'isRelatedTo',
    rationale:
      'Planning, running and evaluating professional learning for teachers is the ability to develop other people that the 2001 study found important.',
  },
  {
    from: 'iste-coaches:4.5b',
    to: 'psf-2023:A2',
    type: 'isRelatedTo',
    rationale:
      'Running active professional learning for colleagues is teaching and supporting learning with staff as the learners, which the PSF recognises.',
  },
  {
    from: 'iste-coaches:4.5a',
    to: 'psf-2023:A1',
    type: 'isRelatedTo',
    rationale:
      'Designing professional learning from a needs assessment is designing and planning learning for an adult audience.',
  },
  {
    from: 'jisc-2001-role-map:developing-others',
    to: 'psf-2023:D3',
    type: 'isRelatedTo',
    rationale:
      'Senior Fellowship rests on leading, mentoring or influencing the practice of others, which is developing others at a wider scale.',
  },
  // Learning design, assessment and learner support
  {
    from: 'iste-coaches:4.4',
    to: 'psf-2023:A1',
    type: 'isRelatedTo',
    rationale:
      'Both are about designing learning. Co-designed learning experiences count as A1 evidence when you make your own part in the design clear.',
  },
  {
    from: 'iste-coaches:4.4d',
    to: 'psf-2023:A1',
    type: 'isPartOf',
    rationale:
      'Applying instructional design principles to build a digital learning environment is one component of designing and planning learning.',
  },
  {
    from: 'iste-coaches:4.4b',
    to: 'psf-2023:A3',
    type: 'isPartOf',
    rationale:
      'Building digital assessments that return timely feedback is one way of assessing and giving feedback, so the same artefact evidences both.',
  },
  {
    from: 'iste-coaches:4.6c',
    to: 'psf-2023:A4',
    type: 'isRelatedTo',
    rationale:
      'Helping students use their own learning data to set goals and track progress is supporting and guiding learners.',
  },
  // Information skills and scholarship
  {
    from: 'iste-coaches:4.7c',
    to: 'jisc-2001-role-map:information-management',
    type: 'isPartOf',
    rationale:
      'Checking where online media come from and what they assume is part of the online information skills the 2001 study singled out.',
  },
  {
    from: 'cmalt:principle-dissemination',
    to: 'jisc-2001-role-map:academic-skills',
    type: 'isRelatedTo',
    rationale:
      'Disseminating effective practice through talks, case studies or papers uses the research and publication skills the 2001 study listed.',
  },
  {
    from: 'jisc-2001-role-map:academic-skills',
    to: 'psf-2023:V3',
    type: 'isRelatedTo',
    rationale: 'Research and publication give practice the scholarly grounding that V3 asks for.',
  },
  // Recognition levels
  {
    from: 'cmalt:pathway-associate',
    to: 'psf-2023:D1',
    type: 'isRelatedTo',
    rationale:
      'Both recognise effective practice in a defined part of the role, often earlier in a career. Evidence for one is a good start on the other.',
  },
  {
    from: 'cmalt:pathway-cmalt',
    to: 'psf-2023:D2',
    type: 'isRelatedTo',
    rationale:
      'Both recognise broad, established practice, but D2 needs evidence across all five areas of activity, which many learning technologists have to build deliberately.',
  },
  {
    from: 'cmalt:pathway-senior',
    to: 'psf-2023:D3',
    type: 'isRelatedTo',
    rationale:
      'Both recognise experienced practitioners who lead or influence others. The Senior CMALT leadership area can draw on the same evidence as a D3 claim, though D3 also needs effective teaching or learning support practice.',
  },
];
