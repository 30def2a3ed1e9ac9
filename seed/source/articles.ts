/**
 * The FYI story, paragraph by paragraph as printed (seed text fyi-us-tech-deals-japan-korea.txt).
 * Sentences the stored copy cuts off (where hyperlinks were) end in "…" and are not completed.
 * The two quotes are embedded by reference, never retyped. Byline and publish date are
 * unverified (FACTS.md §3), so they are left empty.
 */
import {keyedRefs, paragraph, quoteBlock, quotedInline} from './helpers'
import {AGREEMENT, ARTICLE, COMMITMENT, QUOTE} from './ids'
import type {ArticleDocument} from './types'

export const articles: ArticleDocument[] = [
  {
    _id: ARTICLE.techDeals,
    _type: 'article',
    headline: 'US Signs Tech Deals with Japan and South Korea',
    // The photo caption (credit: OSTP).
    dek: 'White House Office of Science and Technology Policy Director Michael Kratsios signed the deals on behalf of the Trump administration.',
    kind: 'news',
    body: [
      paragraph(
        'p01',
        'The Trump administration signed “technology prosperity deals” with Japan …',
      ),
      paragraph(
        'p02',
        'The deals with Japan and South Korea aim to “align regulatory and standards approaches, accelerate research and development, and strengthen national security,” states a White House press release.',
      ),
      paragraph(
        'p03',
        'The agreement with Japan mentions plans to collaborate on fusion R&D at the JT-60SA test facility, with the goal of developing commercial fusion reactors. It says the U.S. intends to deepen collaboration with Japan on the International Space Station, future Artemis lunar surface exploration missions, and commercial space projects. The agreement also highlights potential collaboration on AI standards, R&D, and exports.',
      ),
      paragraph('p04', 'In a speech …'),
      quoteBlock('q05-kratsios', QUOTE.kratsios),
      paragraph(
        'p06',
        'The agreement with South Korea covers many of the same areas of collaboration as Japan, but also pledges to engage in discussions to promote STEM education for children, and highlights a desire to collaborate on basic research. The agreement also mentions several areas of collaboration in space, including a Korean cubesat rideshare on Artemis II, NASA’s Commercial Lunar Payload Services, the development of a GPS-compatible Korea Positioning System, and potential partnerships related to low earth orbit destinations.',
      ),
      paragraph(
        'p07',
        'Though the deals are described by the White House as “bilateral agreements,” they are not considered international agreements in a formal, legal sense, as they do not bind the signing countries, Cole Donovan, associate director for science and technology ecosystem development at the Federation of American Scientists, told FYI. Donovan previously worked on international science and technology issues at OSTP and the State Department.',
      ),
      paragraph(
        'p08',
        'The memoranda have much in common with other non-binding cooperation documents signed in prior administrations, such as the series of quantum cooperation statements developed during the first Trump …',
      ),
      paragraph(
        'p09',
        'The U.S. already has formal scientific and technical cooperation agreements with Japan …',
      ),
      paragraph(
        'p10',
        'Donovan said that the new memoranda could lead to significant collaboration if they receive sufficient support and commitment, but he notes it may be some time before the impact becomes clear. ',
        quotedInline(QUOTE.donovan),
        ' he said.',
      ),
      paragraph('p11', 'Earlier this year, the State Department eliminated …'),
    ],
    agreements: keyedRefs([
      AGREEMENT.japanTpd,
      AGREEMENT.koreaTpd,
      AGREEMENT.tokyoQuantum,
      AGREEMENT.japanStAgreement,
      // The US–ROK S&T agreement is left out: the sentence that may mention it is cut off.
    ]),
    commitments: keyedRefs(Object.values(COMMITMENT)),
    slug: {_type: 'slug', current: 'us-signs-tech-deals-with-japan-and-south-korea'},
  },
]
