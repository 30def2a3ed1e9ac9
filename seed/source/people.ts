/**
 * People named in the story, plus the two signatories it does not name. No reporter is created:
 * the FYI byline is unverified (FACTS.md §3), and the desk does not invent people.
 */
import {ref} from './helpers'
import {ORG, PERSON, SOURCE} from './ids'
import type {ExpertSourceDocument, PersonDocument} from './types'

export const people: PersonDocument[] = [
  {
    // [FYI], [KH]. The fuller title "Assistant to the President for Science and Technology" is
    // unverified, so it is not used.
    _id: PERSON.kratsios,
    _type: 'person',
    name: 'Michael Kratsios',
    currentTitle: 'Director of the White House Office of Science and Technology Policy',
    organization: ref(ORG.ostp),
    roles: [
      // First Trump administration; dates not recorded in FACTS.md, so left empty.
      {_key: 'role-us-cto', _type: 'roleEntry', title: 'United States Chief Technology Officer'},
    ],
  },
  {
    // [YOMIURI]; japantoday.com; [TRACKER]. Appointed 2025-10-21 in the Takaichi cabinet.
    _id: PERSON.onoda,
    _type: 'person',
    name: 'Kimi Onoda',
    currentTitle:
      'Minister in charge of Economic Security and Minister of State for Science and Technology Policy',
    organization: ref(ORG.japanGovernment),
  },
  {
    // [KH]; [JAD]. Appointed Minister of Science and ICT on 2025-07-16.
    _id: PERSON.bae,
    _type: 'person',
    name: 'Bae Kyung-hoon',
    currentTitle: 'Deputy Prime Minister and Minister of Science and ICT',
    organization: ref(ORG.msit),
  },
  {
    // Current role: [FYI]. Previous roles: Commerce bio (space.commerce.gov/about/cole-donovan/).
    // No dates are known for any role, so `from`/`to` are left empty and the list is in the
    // order the bio implies: National Academies and State before OSTP; Commerce after.
    _id: PERSON.donovan,
    _type: 'person',
    name: 'Cole Donovan',
    currentTitle: 'associate director for science and technology ecosystem development',
    organization: ref(ORG.fas),
    roles: [
      {
        _key: 'role-national-academies',
        _type: 'roleEntry',
        title: 'Staff (exact title unverified)',
        organization: ref(ORG.nationalAcademies),
      },
      {
        _key: 'role-state-department',
        _type: 'roleEntry',
        title:
          'International science and technology, research infrastructures and research security (exact title unverified)',
        organization: ref(ORG.stateDepartment),
      },
      {
        _key: 'role-ostp-international',
        _type: 'roleEntry',
        title: 'Assistant Director for International Science and Technology',
        organization: ref(ORG.ostp),
      },
      {
        _key: 'role-ostp-research-security',
        _type: 'roleEntry',
        title: 'Assistant Director for Research Security and Infrastructure',
        organization: ref(ORG.ostp),
      },
      {
        _key: 'role-office-of-space-commerce',
        _type: 'roleEntry',
        title: 'International Affairs Specialist, Asia Pacific',
        organization: ref(ORG.spaceCommerce),
      },
    ],
  },
]

export const expertSources: ExpertSourceDocument[] = [
  {
    _id: SOURCE.donovan,
    _type: 'expertSource',
    person: ref(PERSON.donovan),
    expertise: [
      'international S&T agreements',
      'non-binding instruments and S&T cooperation',
      'research security',
      'research infrastructure',
      'US science diplomacy (OSTP, State Department)',
      'space commerce, Asia Pacific',
    ],
    doNotQuote: false,
    notes:
      'Quoted on the record in "US Signs Tech Deals with Japan and South Korea": the deals do not bind the signing countries, and tangible outcomes could take years. ' +
      "Commerce bio (undated): at OSTP he co-chaired the NSTC subcommittees on Research Security, on Research and Development Infrastructure, and on International Science and Technology Coordination; at State he covered research infrastructures, research security and competition policy, and US S&T involvement with the EU, Africa, Southeast Asia, ITER and CERN. Degrees from St. John's College and the University of Maryland. " +
      'Dates of all previous roles are unverified. Usual ground rules not yet known: he spoke on the record once, so no default is set.',
  },
]
