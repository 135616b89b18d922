/**
 * Curated aliases for what recruiters write and ESCO and O*NET lack or word differently: methods,
 * certifications, standards, tools and everyday recruiting terms ("negotiation", "procurement",
 * "recruiting"). Each maps to the ESCO concept it is (its URI) or is a new `alias:<slug>` skill
 * whose `broader` ESCO concepts a credential may be aligned to. Chosen from the postings of the
 * evaluation set and the examples; ESCO labels in comments.
 * @module
 */
import type { SkillAlias } from '../types';

/** Recruiter terms (raw; normalised when the matcher is built). */
export const RECRUITER_ALIASES: readonly SkillAlias[] = [
  {
    id: 'alias:negotiation',
    label: 'negotiation',
    kind: 'hard',
    terms: ['negotiation', 'negotiation skills', 'negotiating', 'negotiate contracts'],
    broader: ['http://data.europa.eu/esco/skill/7954861c-86d4-4529-afbb-2c23dab9ac74'],
  },
  // ESCO: perform procurement processes
  {
    id: 'http://data.europa.eu/esco/skill/9e9a4209-c7cf-4f6e-973e-dc2ffadccc74',
    label: 'procurement',
    kind: 'hard',
    terms: ['procurement', 'purchasing'],
  },
  // ESCO: recruit employees
  {
    id: 'http://data.europa.eu/esco/skill/496932f1-0b6b-4f73-9432-d95c7ddcd43b',
    label: 'recruitment',
    kind: 'hard',
    terms: [
      'recruiting',
      'recruitment',
      'full-cycle recruiting',
      'full cycle recruiting',
      'talent acquisition',
      'executive search',
      'internal recruiting',
      'talent searches',
    ],
  },
  // ESCO: sales activities
  {
    id: 'http://data.europa.eu/esco/skill/450de541-797a-4da0-9fe4-a81471c8047d',
    label: 'sales',
    kind: 'hard',
    terms: [
      'sales',
      'sales experience',
      'sales skills',
      'selling',
      'consultative sales',
      'channel sales',
      'advertising sales',
      'sales leadership',
    ],
  },
  // ESCO: plan marketing strategy
  {
    id: 'http://data.europa.eu/esco/skill/08fd2839-670c-4f16-8024-97437f2035ab',
    label: 'marketing strategy',
    kind: 'hard',
    terms: ['marketing strategy', 'marketing strategies', 'marketing plan', 'marketing plans'],
  },
  {
    id: 'alias:marketing',
    label: 'marketing',
    kind: 'hard',
    terms: ['marketing', 'product marketing', 'marketing campaigns', 'marketing campaign'],
    broader: ['http://data.europa.eu/esco/skill/08fd2839-670c-4f16-8024-97437f2035ab'],
  },
  // ESCO: digital marketing techniques
  {
    id: 'http://data.europa.eu/esco/skill/43dfbe7f-9e10-4871-b171-e5076737b4cf',
    label: 'digital marketing',
    kind: 'hard',
    terms: ['digital marketing', 'online marketing'],
  },
  // ESCO: social media management
  {
    id: 'http://data.europa.eu/esco/skill/5303169c-75d6-4751-9136-a4b88343388c',
    label: 'social media',
    kind: 'hard',
    terms: ['social media', 'social media marketing'],
  },
  // ESCO: carry out statistical forecasts
  {
    id: 'http://data.europa.eu/esco/skill/be727774-46d7-43d7-aee9-1a51b5cd8c71',
    label: 'forecasting',
    kind: 'hard',
    terms: ['forecasting', 'forecasts'],
  },
  // ESCO: use consulting techniques
  {
    id: 'http://data.europa.eu/esco/skill/414332e4-8347-4771-b947-65bd3801a620',
    label: 'consulting',
    kind: 'hard',
    terms: ['consulting', 'consultancy', 'management consulting'],
  },
  // ESCO: advertising techniques
  {
    id: 'http://data.europa.eu/esco/skill/aba1f05b-f312-47d8-be71-7c574134de8f',
    label: 'advertising',
    kind: 'hard',
    terms: ['advertising', 'digital advertising', 'mobile advertising'],
  },
  // ESCO: manage budgets
  {
    id: 'http://data.europa.eu/esco/skill/21c5790c-0930-4d74-b3b0-84caf5af12ea',
    label: 'budget management',
    kind: 'hard',
    terms: ['budgeting', 'budget management', 'managing budgets', 'manage budgets'],
  },
  // ESCO: align efforts towards business development
  {
    id: 'http://data.europa.eu/esco/skill/ee7f90cc-922e-4da7-a7ae-83c2688fed10',
    label: 'business development',
    kind: 'hard',
    terms: ['business development'],
  },
  // ESCO: manage relationships with stakeholders
  {
    id: 'http://data.europa.eu/esco/skill/1af2db15-2af9-44dd-9639-bf1fc69d4c34',
    label: 'stakeholder management',
    kind: 'hard',
    terms: [
      'stakeholder management',
      'managing stakeholders',
      'manage stakeholders',
      'stakeholder engagement',
    ],
  },
  {
    id: 'alias:technical-writing',
    label: 'technical writing',
    kind: 'hard',
    terms: ['technical writing', 'technical writer'],
    broader: ['http://data.europa.eu/esco/skill/04dfd9fb-e0cf-40f6-96c6-9d2280c4347e'],
  },
  // ESCO: provide technical documentation
  {
    id: 'http://data.europa.eu/esco/skill/04dfd9fb-e0cf-40f6-96c6-9d2280c4347e',
    label: 'documentation',
    kind: 'hard',
    terms: ['product documentation', 'technical documentation'],
  },
  {
    id: 'alias:web-development',
    label: 'web development',
    kind: 'hard',
    terms: [
      'web development',
      'web application development',
      'web applications',
      'web based applications',
      'web-based applications',
    ],
    broader: ['http://data.europa.eu/esco/skill/69bbd53f-fbb0-4476-b4b2-ef7844464e28'],
  },
  {
    id: 'alias:data-structures',
    label: 'data structures',
    kind: 'hard',
    terms: ['data structures'],
    broader: ['http://data.europa.eu/esco/skill/54924a2c-daca-40d3-9716-4b38ceb04f38'],
  },
  // ESCO: analyse big data
  {
    id: 'http://data.europa.eu/esco/skill/47a49cd6-097d-457a-9f7b-c290c14930d5',
    label: 'big data',
    kind: 'hard',
    terms: ['big data'],
  },
  // ESCO: implement a firewall
  {
    id: 'http://data.europa.eu/esco/skill/e5b5053e-0ef6-4c4e-a3f2-42f955f4322c',
    label: 'firewalls',
    kind: 'hard',
    terms: ['firewalls', 'firewall'],
  },
  // ESCO: statistics
  {
    id: 'http://data.europa.eu/esco/skill/7ee4c2ea-b349-4bd2-81a3-ec31475d4833',
    label: 'statistical modelling',
    kind: 'hard',
    terms: ['statistical modeling', 'statistical modelling', 'statistical models'],
  },
  // ESCO: evidence-based nursing care
  {
    id: 'http://data.europa.eu/esco/skill/b729d6bc-326b-46cd-aa63-ea280024b116',
    label: 'evidence-based practice',
    kind: 'hard',
    terms: ['evidence-based practice', 'evidence based practice'],
  },
  // ESCO: apply person-centred care
  {
    id: 'http://data.europa.eu/esco/skill/7a63f944-6948-4ae4-9c1f-d08e492535c9',
    label: 'person-centred care',
    kind: 'hard',
    terms: [
      'patient-centred care',
      'patient centred care',
      'person-centred care',
      'patient-centered care',
    ],
  },
  {
    id: 'alias:mental-health-nursing',
    label: 'mental health nursing',
    kind: 'hard',
    terms: ['mental health nursing', 'RMN', 'registered mental health nurse', 'mental illness'],
    broader: ['http://data.europa.eu/esco/skill/c634630b-210b-4da5-b0f3-894cc292d6e3'],
  },
  {
    id: 'alias:learning-disability-nursing',
    label: 'learning disability nursing',
    kind: 'hard',
    terms: ['learning disability nursing', 'RNLD', 'learning disability', 'learning disabilities'],
  },
  {
    id: 'alias:critical-care-nursing',
    label: 'critical care nursing',
    kind: 'hard',
    terms: ['critical care', 'intensive care', 'ICU'],
  },
  {
    id: 'alias:nursing-registration',
    label: 'nursing registration',
    kind: 'hard',
    terms: [
      'NMC registration',
      'RN level 1 registration',
      'registered nurse',
      'nursing qualification',
    ],
    broader: ['http://data.europa.eu/esco/skill/8b3aefd2-5021-418f-b069-828fb7abc598'],
  },
  {
    id: 'http://data.europa.eu/esco/skill/9b9244b4-6f62-4834-839b-19e9eba0a407',
    label: 'acute care',
    kind: 'hard',
    terms: ['acute ward experience', 'acute care', 'acute ward'],
  },
  {
    id: 'alias:incident-management',
    label: 'incident management',
    kind: 'hard',
    terms: ['incident management', 'incident response', 'incident management systems'],
    broader: ['http://data.europa.eu/esco/skill/4fb7c7aa-9f19-4cc3-9e19-64ce564f22f5'],
  },
  // ESCO: use access control software
  {
    id: 'http://data.europa.eu/esco/skill/5da73370-f6b9-417d-a94c-09bf01f84aa2',
    label: 'access control',
    kind: 'hard',
    terms: ['access control'],
  },
  {
    id: 'alias:investigations',
    label: 'investigations',
    kind: 'hard',
    terms: ['investigations', 'conducting investigations', 'criminal investigations'],
  },
  {
    id: 'alias:security-operations',
    label: 'security operations',
    kind: 'hard',
    terms: [
      'security operations',
      'managing security',
      'security management',
      'security programs',
      'security personnel',
      'guard force',
    ],
  },
  // ESCO: quality control systems
  {
    id: 'http://data.europa.eu/esco/skill/d56358e4-3bcc-4b5d-981d-ea15b2743e9e',
    label: 'quality control',
    kind: 'hard',
    terms: ['quality control', 'quality assurance'],
  },
  // ESCO: debug software
  {
    id: 'http://data.europa.eu/esco/skill/2522a6ce-3202-4ac8-9f5b-b9cb5a3a83a1',
    label: 'debugging',
    kind: 'hard',
    terms: ['debugging', 'debug code', 'debug'],
  },
  {
    id: 'alias:systems-administration',
    label: 'systems administration',
    kind: 'hard',
    terms: ['systems administration', 'system administration', 'sysadmin'],
  },
  // ESCO: conduct public presentations
  {
    id: 'http://data.europa.eu/esco/skill/fd446407-b08e-49da-b8e3-7e7c79618c3f',
    label: 'presentation skills',
    kind: 'hard',
    terms: [
      'presentation skills',
      'presentations',
      'presentation delivery',
      'technical presentations',
      'public speaking',
    ],
  },
  {
    id: 'alias:partner-management',
    label: 'partner management',
    kind: 'hard',
    terms: [
      'partner management',
      'working with partners',
      'working directly with partners',
      'partnering with partners',
      'partnership management',
      'partner business',
      'managing partners',
      'strategic partners',
      'channel partners',
    ],
  },
  {
    id: 'alias:network-design',
    label: 'network design',
    kind: 'hard',
    terms: ['network design', 'network architecture'],
    broader: ['http://data.europa.eu/esco/skill/4da4587a-fd0b-4ca2-886c-c42a1562d432'],
  },
  {
    id: 'alias:routers-and-switches',
    label: 'routers and switches',
    kind: 'hard',
    terms: ['routers and switches', 'routers', 'switches', 'enterprise-class routers'],
  },
  {
    id: 'alias:juniper-networks',
    label: 'Juniper Networks',
    kind: 'hard',
    terms: ['Juniper', 'Junos'],
  },
  {
    id: 'alias:design-of-experiments',
    label: 'design of experiments',
    kind: 'hard',
    terms: ['design of experiments', 'design of experiment', 'DOE'],
    broader: ['http://data.europa.eu/esco/skill/7ee4c2ea-b349-4bd2-81a3-ec31475d4833'],
  },
  {
    id: 'alias:pcb-assembly',
    label: 'PCB assembly',
    kind: 'hard',
    terms: ['PCBA', 'PCB assembly', 'printed circuit board assembly'],
  },
  {
    id: 'alias:new-product-introduction',
    label: 'new product introduction',
    kind: 'hard',
    terms: ['NPI', 'new product introduction'],
  },
  {
    id: 'onet:43231514:google-ads',
    label: 'Google Ads',
    kind: 'hard',
    terms: ['AdWords', 'Google AdWords', 'Google Ads'],
    broader: ['http://data.europa.eu/esco/skill/aba1f05b-f312-47d8-be71-7c574134de8f'],
  },
  {
    id: 'alias:sarbanes-oxley',
    label: 'Sarbanes-Oxley',
    kind: 'hard',
    terms: ['SOX', 'Sarbanes-Oxley', 'Sarbanes Oxley'],
  },
  { id: 'alias:anaplan', label: 'Anaplan', kind: 'hard', terms: ['Anaplan'] },
  {
    id: 'onet:43231602:oracle-hyperion',
    label: 'Oracle Hyperion',
    kind: 'hard',
    terms: ['Hyperion', 'Hyperion Essbase', 'Essbase', 'Hyperion Financial Management', 'HFM'],
  },
  {
    id: 'alias:ibm-planning-analytics-tm1',
    label: 'IBM Planning Analytics TM1',
    kind: 'hard',
    terms: ['TM1', 'IBM TM1'],
  },
  {
    id: 'onet:43232310:informatica-software',
    label: 'Informatica',
    kind: 'hard',
    terms: ['Informatica'],
  },
  {
    id: 'alias:software-defined-networking',
    label: 'software-defined networking',
    kind: 'hard',
    terms: ['SDN', 'software-defined networking', 'software defined networking'],
  },
  {
    id: 'alias:network-functions-virtualisation',
    label: 'network functions virtualisation',
    kind: 'hard',
    terms: ['NFV', 'network functions virtualization'],
  },
  {
    id: 'alias:wireless-networks',
    label: 'wireless networks',
    kind: 'hard',
    terms: [
      'WLAN',
      'WLANs',
      'wireless local area networks',
      'wireless networking',
      'wireless networks',
    ],
  },
  {
    id: 'alias:network-automation',
    label: 'network automation',
    kind: 'hard',
    terms: ['network automation'],
  },
  {
    id: 'alias:cloud-storage',
    label: 'cloud storage',
    kind: 'hard',
    terms: ['cloud storage', 'cloud storage services'],
    broader: ['http://data.europa.eu/esco/skill/bd14968e-e409-45af-b362-3495ed7b10e0'],
  },
  { id: 'alias:google-bigquery', label: 'Google BigQuery', kind: 'hard', terms: ['BigQuery'] },
  { id: 'alias:mapreduce', label: 'MapReduce', kind: 'hard', terms: ['MapReduce', 'Map Reduce'] },
  {
    id: 'alias:shell-scripting',
    label: 'shell scripting',
    kind: 'hard',
    terms: ['shell scripting', 'Shell', 'Linux Shell', 'bash scripting', 'Bash'],
    broader: ['http://data.europa.eu/esco/skill/b105ec9b-0857-41d6-8d07-a83e58b73d90'],
  },
  {
    id: 'http://data.europa.eu/esco/skill/6a876489-7ad8-4a13-b09c-c9b8e97a302e',
    label: 'waterfall development',
    kind: 'hard',
    terms: ['waterfall'],
  },
  // ESCO: supply chain management
  {
    id: 'http://data.europa.eu/esco/skill/f929c89e-c363-4132-a918-e021d57b307c',
    label: 'supply chain management',
    kind: 'hard',
    terms: [
      'supply chain',
      'global supply chain',
      'supply chain operations',
      'supply chain processes',
    ],
  },
  {
    id: 'alias:sourcing',
    label: 'sourcing',
    kind: 'hard',
    terms: [
      'sourcing',
      'strategic sourcing',
      'supplier management',
      'working with suppliers',
      'partnering with suppliers',
    ],
    broader: ['http://data.europa.eu/esco/skill/020b3c27-bae1-4b85-9d6f-eccee0f5ed99'],
  },
  // ESCO: perform data analysis
  {
    id: 'http://data.europa.eu/esco/skill/2b92a5b2-6758-4ee3-9fb4-b6387a55cc8f',
    label: 'data analysis',
    kind: 'hard',
    terms: ['data analysis', 'analyze data', 'analyse data', 'data analytics'],
  },
  // ESCO: manage data
  {
    id: 'http://data.europa.eu/esco/skill/9ff9db9d-d14b-426e-83f3-e7449af6c79f',
    label: 'data management',
    kind: 'hard',
    terms: ['data management', 'data management solutions', 'information lifecycle management'],
  },
  {
    id: 'alias:cable-and-connector-design',
    label: 'cable and connector design',
    kind: 'hard',
    terms: ['cable/connector design', 'cable and connector design', 'connector design'],
  },
  // ESCO: manufacturing processes
  {
    id: 'http://data.europa.eu/esco/skill/3786b61f-f22e-48d1-af8d-ad4c354534db',
    label: 'manufacturing processes',
    kind: 'hard',
    terms: ['manufacturing process', 'manufacturing processes'],
  },
  {
    id: 'http://data.europa.eu/esco/skill/9c071f1d-eac3-449d-b004-c14775b5a3b9',
    label: 'mechanical engineering',
    kind: 'hard',
    terms: ['mechanical engineering', 'BSME'],
  },
  {
    id: 'http://data.europa.eu/esco/skill/3e40c7d0-0e36-4b33-bc33-0aa87eda0561',
    label: 'electrical engineering',
    kind: 'hard',
    terms: ['electrical engineering', 'BSEE'],
  },
  {
    id: 'alias:mandarin-chinese',
    label: 'Mandarin Chinese',
    kind: 'hard',
    terms: ['Mandarin', 'Mandarin Chinese'],
    broader: ['http://data.europa.eu/esco/skill/1fe42b38-cd42-4fc7-ae77-14e4c9e96295'],
  },
  {
    id: 'alias:user-centred-design',
    label: 'user-centred design',
    kind: 'hard',
    terms: [
      'user centered design',
      'user-centered design',
      'user centred design',
      'user-centred design',
    ],
  },
  {
    id: 'alias:design-research',
    label: 'design research',
    kind: 'hard',
    terms: ['design research', 'user research', 'UX research'],
  },
  {
    id: 'alias:enterprise-performance-management',
    label: 'enterprise performance management',
    kind: 'hard',
    terms: ['Enterprise Performance Management', 'EPM'],
  },
  { id: 'alias:it-operations', label: 'IT operations', kind: 'hard', terms: ['IT operations'] },
  // ESCO: cloud technologies
  {
    id: 'http://data.europa.eu/esco/skill/bd14968e-e409-45af-b362-3495ed7b10e0',
    label: 'cloud computing',
    kind: 'hard',
    terms: [
      'cloud computing',
      'cloud platforms',
      'cloud-based technologies',
      'cloud technologies',
      'public cloud',
    ],
  },
  {
    id: 'alias:iaas',
    label: 'IaaS',
    kind: 'hard',
    terms: ['IaaS', 'Infrastructure-as-a-Service', 'Infrastructure as a Service'],
    broader: ['http://data.europa.eu/esco/skill/bd14968e-e409-45af-b362-3495ed7b10e0'],
  },
  {
    id: 'alias:paas',
    label: 'PaaS',
    kind: 'hard',
    terms: ['PaaS', 'Platform-as-a-Service', 'Platform as a Service'],
    broader: ['http://data.europa.eu/esco/skill/bd14968e-e409-45af-b362-3495ed7b10e0'],
  },
  // ESCO: machine learning
  {
    id: 'http://data.europa.eu/esco/skill/3a2d5b45-56e4-4f5a-a55a-4a4a65afdc43',
    label: 'machine learning',
    kind: 'hard',
    terms: ['machine learning', 'ML'],
  },
  // ESCO: project management
  {
    id: 'http://data.europa.eu/esco/skill/7111b95d-0ce3-441a-9d92-4c75d05c4388',
    label: 'project management',
    kind: 'hard',
    terms: [
      'managing programs',
      'manage programs',
      'managing projects',
      'manage projects',
      'managing technical programs',
    ],
  },
  {
    id: 'alias:customer-engagement',
    label: 'customer engagement',
    kind: 'hard',
    terms: [
      'customer engagement',
      'client relationships',
      'client-facing',
      'customer-facing',
      'customer relationships',
      'customer interaction',
      'customer-interaction',
    ],
  },
  {
    id: 'alias:content-development',
    label: 'content development',
    kind: 'hard',
    terms: ['content development', 'content creation'],
  },
  {
    id: 'alias:corporate-communications',
    label: 'corporate communications',
    kind: 'hard',
    terms: ['corporate communications', 'internal communications'],
    broader: ['http://data.europa.eu/esco/skill/15d76317-c71a-4fa2-aadc-2ecc34e627b7'],
  },
  // ESCO: manage a team
  {
    id: 'http://data.europa.eu/esco/skill/cb668e89-6ef5-4ff3-ab4a-506010e7e70b',
    label: 'people management',
    kind: 'hard',
    terms: [
      'people management',
      'managing engineering teams',
      'managing functional engineering teams',
      'managing teams',
      'managing a team',
      'manage a team',
      'leading and managing a team',
      'team management',
      'line management',
    ],
  },
  // ESCO: strategic planning
  {
    id: 'http://data.europa.eu/esco/skill/949ced5f-7536-4614-ac60-563ffc91a2f2',
    label: 'strategic planning',
    kind: 'hard',
    terms: ['business strategy', 'strategic planning'],
  },
  {
    id: 'http://data.europa.eu/esco/skill/99571e68-801f-49af-a897-5f75996642e1',
    label: 'financial analysis',
    kind: 'hard',
    terms: ['financial analysis'],
  },
  // ESCO: linguistics
  {
    id: 'http://data.europa.eu/esco/skill/810df100-e85a-4c13-b619-34030a75ecc2',
    label: 'linguistics',
    kind: 'hard',
    terms: ['linguistics', 'computational linguistics'],
  },
  {
    id: 'alias:phonology',
    label: 'phonology',
    kind: 'hard',
    terms: ['phonology'],
    broader: ['http://data.europa.eu/esco/skill/810df100-e85a-4c13-b619-34030a75ecc2'],
  },
  {
    id: 'alias:syntax',
    label: 'syntax',
    kind: 'hard',
    terms: ['syntax'],
    broader: ['http://data.europa.eu/esco/skill/810df100-e85a-4c13-b619-34030a75ecc2'],
  },
  {
    id: 'alias:experimental-design',
    label: 'experimental design',
    kind: 'hard',
    terms: ['experimental design'],
    broader: ['http://data.europa.eu/esco/skill/ed3f3dba-3a35-4ed5-b113-67f4d10ef4c8'],
  },
  {
    id: 'onet:43231513:microsoft-office-software',
    label: 'Microsoft Office',
    kind: 'hard',
    terms: [
      'Microsoft Office',
      'MS Office',
      'standard software applications',
      'productivity software',
    ],
  },
  // ESCO: customer relationship management
  {
    id: 'http://data.europa.eu/esco/skill/dc9a236c-c640-43c3-812f-269403591edb',
    label: 'CRM systems',
    kind: 'hard',
    terms: ['CRM system', 'CRM', 'customer relationship management'],
  },
  {
    id: 'alias:key-performance-indicators',
    label: 'key performance indicators',
    kind: 'hard',
    terms: ['key performance indicators', 'KPIs', 'KPI'],
  },
  {
    id: 'http://data.europa.eu/esco/skill/c062bab3-3ea0-4291-9220-a2d8fef4bead',
    label: 'SQL Server',
    kind: 'hard',
    terms: ['SQL Server', 'MS SQL', 'Microsoft SQL Server'],
    broader: ['http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742'],
  },
  // ESCO: security regulations
  {
    id: 'http://data.europa.eu/esco/skill/d433c82e-fa7a-492e-a8fd-eee7b39e4c48',
    label: 'security standards',
    kind: 'hard',
    terms: [
      'security standards',
      'information security standards',
      'ISO 27001',
      'ISO/IEC 27001',
      'Cyber Essentials',
      'NIST',
    ],
  },
  // ESCO: cyber security
  {
    id: 'http://data.europa.eu/esco/skill/8088750d-8388-4170-a76f-48354c469c44',
    label: 'information security',
    kind: 'hard',
    terms: [
      'information security',
      'data security',
      'cyber security',
      'cybersecurity',
      'Cyber Security',
    ],
  },
  // ESCO: risk management
  {
    id: 'http://data.europa.eu/esco/skill/6eff134b-e34f-4d6e-a6e8-5e47cf2228d0',
    label: 'risk assessment',
    kind: 'hard',
    terms: ['risk assessment', 'risk assessments', 'risk management'],
  },
  // ESCO: public health
  {
    id: 'http://data.europa.eu/esco/skill/9570e84e-6699-4c9f-9a12-7bc82d53a231',
    label: 'population health',
    kind: 'hard',
    terms: ['population health', 'public health'],
  },
  {
    id: 'onet:43232110:microsoft-excel',
    label: 'Microsoft Excel',
    kind: 'hard',
    terms: ['Excel', 'MS Excel', 'Microsoft Excel', 'spreadsheets'],
  },
  {
    id: 'alias:forklift-operation',
    label: 'forklift operation',
    kind: 'hard',
    terms: ['forklift', 'forklifts', 'forklift licence', 'forklift license'],
    broader: ['http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da'],
  },
  {
    id: 'alias:cnc-machining',
    label: 'CNC machining',
    kind: 'hard',
    terms: ['CNC', 'CNC machines', 'CNC machining'],
  },
  // ESCO: lean manufacturing
  {
    id: 'http://data.europa.eu/esco/skill/82fea746-853f-4f1b-8ab7-55de8619cccd',
    label: 'Lean',
    kind: 'hard',
    terms: ['Lean', 'Lean manufacturing', 'Six Sigma', 'Lean Six Sigma'],
  },
  {
    id: 'alias:prince2',
    label: 'PRINCE2',
    kind: 'hard',
    terms: ['PRINCE2'],
    broader: ['http://data.europa.eu/esco/skill/7111b95d-0ce3-441a-9d92-4c75d05c4388'],
  },
  {
    id: 'alias:pmp',
    label: 'PMP',
    kind: 'hard',
    terms: ['PMP', 'Project Management Professional'],
    broader: ['http://data.europa.eu/esco/skill/7111b95d-0ce3-441a-9d92-4c75d05c4388'],
  },
  { id: 'alias:itil', label: 'ITIL', kind: 'hard', terms: ['ITIL'] },
  {
    id: 'alias:cissp',
    label: 'CISSP',
    kind: 'hard',
    terms: ['CISSP'],
    broader: ['http://data.europa.eu/esco/skill/8088750d-8388-4170-a76f-48354c469c44'],
  },
  {
    id: 'http://data.europa.eu/esco/skill/d3e9b00a-0891-4fa8-836d-8240ec3d2758',
    label: 'GDPR',
    kind: 'hard',
    terms: ['GDPR', 'General Data Protection Regulation'],
  },
  { id: 'alias:haccp', label: 'HACCP', kind: 'hard', terms: ['HACCP'] },
  {
    id: 'alias:iso-9001',
    label: 'ISO 9001',
    kind: 'hard',
    terms: ['ISO 9001', 'ISO9001'],
    broader: ['http://data.europa.eu/esco/skill/d56358e4-3bcc-4b5d-981d-ea15b2743e9e'],
  },
  {
    id: 'tool:keras',
    label: 'Keras',
    kind: 'hard',
    terms: ['Keras'],
    broader: ['http://data.europa.eu/esco/skill/7b0d5000-00da-4864-b776-6de49a87a669'],
  },
  { id: 'alias:prometheus', label: 'Prometheus', kind: 'hard', terms: ['Prometheus'] },
  { id: 'alias:grafana', label: 'Grafana', kind: 'hard', terms: ['Grafana'] },
  {
    id: 'tool:confluence',
    label: 'Confluence',
    kind: 'hard',
    terms: ['Confluence'],
    broader: ['http://data.europa.eu/esco/skill/580660a6-5d3a-421d-a54f-d85b706c2b2f'],
  },
  { id: 'alias:jira', label: 'Jira', kind: 'hard', terms: ['Jira', 'JIRA', 'Atlassian Jira'] },
  { id: 'alias:nginx', label: 'Nginx', kind: 'hard', terms: ['Nginx', 'NGINX'] },
  {
    id: 'alias:nmap',
    label: 'Nmap',
    kind: 'hard',
    terms: ['Nmap'],
    broader: ['http://data.europa.eu/esco/skill/de586dcf-d7e5-4340-bf5b-d59026f1b436'],
  },
  { id: 'alias:snowflake', label: 'Snowflake', kind: 'hard', terms: ['Snowflake'] },
  {
    id: 'onet:43231517:apache-airflow',
    label: 'Apache Airflow',
    kind: 'hard',
    terms: ['Airflow', 'Apache Airflow'],
  },
  { id: 'alias:dbt', label: 'dbt', kind: 'hard', terms: ['dbt', 'data build tool'] },
  { id: 'alias:svelte', label: 'Svelte', kind: 'hard', terms: ['Svelte', 'SvelteKit'] },
  { id: 'alias:elixir', label: 'Elixir', kind: 'hard', terms: ['Elixir'] },
  {
    id: 'onet:43232408:ruby-on-rails',
    label: 'Ruby on Rails',
    kind: 'hard',
    terms: ['Ruby on Rails', 'Rails'],
    broader: ['http://data.europa.eu/esco/skill/0ccdfe98-f845-4598-84a1-3dca66e9d9a3'],
  },
  { id: 'onet:43232306:graphql', label: 'GraphQL', kind: 'hard', terms: ['GraphQL'] },
  {
    id: 'alias:net',
    label: '.NET',
    kind: 'hard',
    terms: ['.NET', 'NET', 'dotnet', '.NET Framework'],
  },
  {
    id: 'tool:saas',
    label: 'SaaS',
    kind: 'hard',
    terms: ['SaaS', 'Software-as-a-Service', 'Software as a Service'],
  },
  {
    id: 'alias:training',
    label: 'training',
    kind: 'hard',
    terms: [
      'technical training',
      'sales training',
      'training programs',
      'training programmes',
      'technical enablement',
      'deliver training',
      'delivering training',
    ],
  },
  {
    id: 'alias:rest-apis',
    label: 'REST APIs',
    kind: 'hard',
    terms: ['REST', 'RESTful', 'REST API', 'REST APIs', 'RESTful API'],
  },
  { id: 'alias:soap', label: 'SOAP', kind: 'hard', terms: ['SOAP', 'SOAP web services'] },
  // ESCO: Chef (tools for software configuration management)
  {
    id: 'http://data.europa.eu/esco/skill/49f85a99-086c-45b6-a6fa-eb90305af7b1',
    label: 'Chef',
    kind: 'hard',
    terms: ['Chef'],
  },
  // ESCO: Puppet (tools for software configuration management)
  {
    id: 'http://data.europa.eu/esco/skill/6417a4cc-6f61-4459-a114-761a7fa0279d',
    label: 'Puppet',
    kind: 'hard',
    terms: ['Puppet'],
  },
  {
    id: 'onet:43232314:apache-spark',
    label: 'Apache Spark',
    kind: 'hard',
    terms: ['Spark', 'Apache Spark', 'PySpark'],
  },
  {
    id: 'onet:43232303:salesforce-software',
    label: 'Salesforce',
    kind: 'hard',
    terms: ['Salesforce', 'Salesforce CRM', 'Salesforce.com'],
  },
  {
    id: 'alias:software-supply-chain-security',
    label: 'software supply chain security',
    kind: 'hard',
    terms: ['supply-chain security', 'supply chain security', 'software supply chain'],
  },
  {
    id: 'onet:43232701:docker',
    label: 'Docker',
    kind: 'hard',
    terms: ['Docker', 'container platforms'],
  },
  {
    id: 'http://data.europa.eu/esco/skill/6f8a40d6-f9ce-43ec-a72f-d4213a53f3ed',
    label: 'Ansible',
    kind: 'hard',
    terms: ['Ansible'],
  },
  { id: 'onet:43232701:gitlab', label: 'GitLab', kind: 'hard', terms: ['GitLab CI', 'GitLab'] },
  {
    id: 'alias:observability',
    label: 'observability',
    kind: 'hard',
    terms: ['observability', 'monitoring and alerting'],
  },
];
