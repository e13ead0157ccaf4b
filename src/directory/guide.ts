import { wrapText } from '../core/text.js';
/**
 * `programs guide`: what to look for when choosing a peer support program. Plain text, one screen,
 * readable without colour. Our own words; general guidance only, not medical advice.
 */

export interface GuideSection {
  title: string;
  points: string[];
}

export const GUIDE_INTRO =
  'Choosing a peer support program. There is no wrong first step, and you can always try another one.';

export const GUIDE_SECTIONS: readonly GuideSection[] = [
  {
    title: 'How it meets',
    points: [
      'In person, a video call, an online forum, a live chat, or a phone line.',
      'Pick what feels manageable today. Online, you can start by just reading.',
    ],
  },
  {
    title: 'Who leads it',
    points: [
      'Peer-led means the people running it have lived experience themselves.',
      'Ask whether facilitators are trained, and who backs them up.',
    ],
  },
  {
    title: 'Confidentiality and group agreements',
    points: [
      'A good group says clearly what stays in the room and how people treat each other.',
      'Online, check how posts are moderated and whether you can stay anonymous.',
    ],
  },
  {
    title: 'Cost',
    points: ['Many groups are free; some ask for a donation. It is fine to ask first.'],
  },
  {
    title: 'Schedule',
    points: ['When and how often it meets; whether you can drop in or need to sign up.'],
  },
  {
    title: 'Fit',
    points: [
      'Is it about what matters to you, and for people like you: yourself, family, veterans, young people, LGBTQ+?',
      'Notice how you feel afterwards. Heard and a little lighter is a good sign.',
    ],
  },
  {
    title: 'Try one session',
    points: [
      'You can just listen the first time. Nobody should push you to share.',
      'If it is not right, that says nothing about you. Try another group or format.',
    ],
  },
];

export const GUIDE_OUTRO = 'Peer support sits alongside professional care; it does not replace it.';

export const GUIDE_NEXT = 'Ready to look? Run `peerpath programs match` for a short set of questions.';


/** The guide as plain text (no colour), wrapped to `width` columns; `bullet` lets a renderer pick a glyph. */
export function renderGuide(width = 80, bullet = '-'): string {
  const w = Math.max(40, Math.min(width, 100));
  const lines: string[] = [...wrapText(GUIDE_INTRO, w), ''];
  for (const section of GUIDE_SECTIONS) {
    lines.push(section.title);
    for (const point of section.points) {
      wrapText(point, w - 4).forEach((l, i) => lines.push(`${i === 0 ? `  ${bullet} ` : '    '}${l}`));
    }
    lines.push('');
  }
  lines.push(...wrapText(GUIDE_OUTRO, w), '', ...wrapText(GUIDE_NEXT, w));
  return `${lines.join('\n')}\n`;
}
