/**
 * Governments, agencies and other bodies named in the story or needed by the records around it.
 * Sources are keyed as in seed/texts/FACTS.md. Websites are given only where FACTS.md cites the
 * domain; the rest are left empty rather than guessed.
 */
import {ref} from './helpers'
import {ORG} from './ids'
import type {OrganizationDocument} from './types'

export const organizations: OrganizationDocument[] = [
  // --- Parties: the three national governments ----------------------------------------------
  {
    _id: ORG.usGovernment,
    _type: 'organization',
    name: 'Government of the United States of America',
    shortName: 'US Government',
    kind: 'government',
    country: 'US',
  },
  {
    _id: ORG.japanGovernment,
    _type: 'organization',
    name: 'Government of Japan',
    shortName: 'Japan',
    kind: 'government',
    country: 'JP',
  },
  {
    _id: ORG.koreaGovernment,
    _type: 'organization',
    name: 'Government of the Republic of Korea',
    shortName: 'South Korea',
    kind: 'government',
    country: 'KR',
  },

  // --- United States ----------------------------------------------------------------------
  {
    // "The White House" in the story and in the memoranda's datelines.
    _id: ORG.executiveOffice,
    _type: 'organization',
    name: 'Executive Office of the President',
    shortName: 'White House',
    kind: 'agency',
    country: 'US',
    parent: ref(ORG.usGovernment),
    website: 'https://www.whitehouse.gov/',
  },
  {
    // Represents the US Government in the Japan MOC ([PUBT-JP]).
    _id: ORG.ostp,
    _type: 'organization',
    name: 'Office of Science and Technology Policy',
    shortName: 'OSTP',
    kind: 'agency',
    country: 'US',
    parent: ref(ORG.executiveOffice),
  },
  {
    _id: ORG.stateDepartment,
    _type: 'organization',
    name: 'United States Department of State',
    shortName: 'State Department',
    kind: 'agency',
    country: 'US',
    parent: ref(ORG.usGovernment),
    website: 'https://www.state.gov/',
  },
  {
    _id: ORG.nasa,
    _type: 'organization',
    name: 'National Aeronautics and Space Administration',
    shortName: 'NASA',
    kind: 'agency',
    country: 'US',
    parent: ref(ORG.usGovernment),
  },
  {
    // Named for AI R&D in reports on the Japan MOC (FACTS.md J1) and in a reworded copy of the
    // Korea MOU (K1a).
    _id: ORG.nsf,
    _type: 'organization',
    name: 'U.S. National Science Foundation',
    shortName: 'NSF',
    kind: 'agency',
    country: 'US',
    parent: ref(ORG.usGovernment),
  },
  {
    // Cole Donovan's earlier post (Commerce bio). It sits in NOAA, Department of Commerce;
    // neither is in the seed, so no parent is set.
    _id: ORG.spaceCommerce,
    _type: 'organization',
    name: 'Office of Space Commerce',
    kind: 'agency',
    country: 'US',
    website: 'https://www.space.commerce.gov/',
  },

  // --- Japan ------------------------------------------------------------------------------
  {
    // Represents the Government of Japan in the MOC "for the purposes of Science and Technology
    // Policy" ([PUBT-JP]); also signed the 2019 Tokyo quantum statement.
    _id: ORG.cabinetOfficeJapan,
    _type: 'organization',
    name: 'Cabinet Office of Japan',
    shortName: 'Cabinet Office',
    kind: 'agency',
    country: 'JP',
    parent: ref(ORG.japanGovernment),
  },
  {
    // Named for AI R&D in reports on the Japan MOC (FACTS.md J1).
    _id: ORG.riken,
    _type: 'organization',
    name: 'RIKEN',
    kind: 'university',
    country: 'JP',
  },

  // --- Republic of Korea -------------------------------------------------------------------
  {
    // The Korean implementing ministry for the MOU ([KH]); its minister signed.
    _id: ORG.msit,
    _type: 'organization',
    name: 'Ministry of Science and ICT',
    shortName: 'MSIT',
    kind: 'agency',
    country: 'KR',
    parent: ref(ORG.koreaGovernment),
  },
  {
    // Named for AI R&D only in a reworded copy of the Korea MOU (FACTS.md K1a).
    _id: ORG.nrf,
    _type: 'organization',
    name: 'National Research Foundation of Korea',
    shortName: 'NRF',
    kind: 'agency',
    country: 'KR',
  },
  {
    // Signed the 2025-05-02 Implementing Arrangement with NASA to fly K-RadCube on Artemis II
    // (FACTS.md, context for K7a).
    _id: ORG.kasa,
    _type: 'organization',
    name: 'Korea AeroSpace Administration',
    shortName: 'KASA',
    kind: 'agency',
    country: 'KR',
    parent: ref(ORG.koreaGovernment),
  },

  // --- Non-government -------------------------------------------------------------------
  {
    _id: ORG.fas,
    _type: 'organization',
    name: 'Federation of American Scientists',
    shortName: 'FAS',
    kind: 'nonprofit',
    country: 'US',
  },
  {
    _id: ORG.nationalAcademies,
    _type: 'organization',
    name: 'National Academies of Sciences, Engineering, and Medicine',
    shortName: 'National Academies',
    kind: 'nonprofit',
    country: 'US',
  },
  {
    _id: ORG.aipFyi,
    _type: 'organization',
    name: 'FYI, American Institute of Physics',
    shortName: 'FYI',
    kind: 'media',
    country: 'US',
    website: 'https://www.aip.org/fyi',
  },
]
