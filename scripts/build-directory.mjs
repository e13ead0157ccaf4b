#!/usr/bin/env node
// Generates data/programs.json and data/crisis-lines.json ({ lines, emergencyNumbers }) from the shared facts file.
//
//   node scripts/build-directory.mjs [path/to/peer-programs.facts.json]
//
// Every fact field is copied as-is (null stays null). What this script adds is editorial and lives
// below, keyed by the program's name in the facts file: a stable id (a short kebab slug of the name —
// ids are referenced from journals, so never change one once published) and a description written in
// our own words from the `facts` text. The `facts` text itself is kept verbatim as `details`.
// test/directory/data.test.ts checks the output against the facts file, so run this after the facts change.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// shared/ sits beside the checkout (../shared), or beside the folder of worktrees (../../shared).
const factsPath =
  process.argv[2] ??
  [join(root, '..', 'shared'), join(root, '..', '..', 'shared')]
    .map((dir) => join(dir, 'reference', 'peer-programs.facts.json'))
    .find((p) => existsSync(p)) ??
  join(root, '..', 'shared', 'reference', 'peer-programs.facts.json');
const facts = JSON.parse(readFileSync(factsPath, 'utf8'));

/** name in the facts file → [id, description in our own words] */
const PROGRAMS = {
  'NAMI Connection Recovery Support Group': ['nami-connection',
    'Recovery support groups for adults living with a mental health condition, led by trained peers who are in recovery themselves. Local NAMI affiliates run them, and some affiliates meet on Zoom.'],
  'NAMI Family Support Group': ['nami-family-support',
    'A group for adult family members, caregivers and loved ones of someone living with mental illness, facilitated by people who are family members themselves. Local NAMI affiliates host it in person, and in some areas on Zoom.'],
  'NAMI Peer-to-Peer': ['nami-peer-to-peer',
    'A recovery education course over several sessions for adults living with mental illness, taught by trained people in recovery. It covers coping and decision-making skills, a relapse-prevention plan, and getting ready to talk with providers.'],
  'NAMI Family-to-Family': ['nami-family-to-family',
    'A course for the loved ones of people with mental illness, taught by trained family members who have been there. It covers diagnosis, medication, self-care and handling a crisis.'],
  'NAMI HelpLine': ['nami-helpline',
    "NAMI's information and peer-support line for people living with a mental health condition and for their families and caregivers, by phone, text or chat on weekdays. It is not a crisis line: NAMI points people in crisis to 988."],
  'DBSA Support Groups': ['dbsa-support-groups',
    'Peer-led groups for people living with depression or bipolar disorder, through local DBSA chapters and national online groups; every chapter offers at least one free group open to all. Some groups are for particular people, such as young adults, veterans or people with co-occurring substance use, and there is support for friends and family.'],
  'Recovery International meetings': ['recovery-international',
    "Peer-led self-help meetings, in the community, by phone and online, that teach the Recovery 4-Step Method drawn from psychiatrist Abraham Low's work. A donation is suggested for each meeting, and no one is turned away for being unable to pay."],
  'Emotions Anonymous': ['emotions-anonymous',
    'A 12-step fellowship adapted from AA for anyone who wants to become emotionally well, whether the struggle is depression, anxiety, grief or anger. Groups meet in person and remotely by phone, chat or Zoom, led by volunteers and supported by members’ contributions.'],
  'SMART Recovery': ['smart-recovery',
    'Secular mutual-support meetings for any addictive behaviour, built on a 4-Point Program that draws on CBT, REBT and motivational techniques. Meetings are free, in person and online, led by trained volunteer facilitators, and a Family & Friends programme supports loved ones.'],
  'Alcoholics Anonymous (AA)': ['alcoholics-anonymous',
    'A worldwide 12-step fellowship where people help each other stay sober; anyone who wants to stop drinking can join, and there are no dues or fees. Open meetings welcome anyone, and closed meetings are for people with a drinking problem.'],
  'Narcotics Anonymous (NA)': ['narcotics-anonymous',
    'A 12-step fellowship where people recovering from addiction meet to help each other stay clean, open to anyone who wants to stop using any drug, alcohol included, with no dues or fees. Virtual NA lists online and phone meetings.'],
  'Al-Anon Family Groups (incl. Alateen)': ['al-anon-alateen',
    "A worldwide fellowship for friends and family members of people with a drinking problem, working with Al-Anon's Twelve Steps; younger family members go to Alateen meetings. Contributions are voluntary."],
  'Dual Recovery Anonymous (DRA)': ['dual-recovery-anonymous',
    'A 12-step fellowship for people living with both a chemical dependency and an emotional or psychiatric illness, who want to stop using alcohol and drugs and manage their mental health well. Taking prescribed psychiatric medication is not treated as relapse, and there are no dues or fees.'],
  'Dual Anon Family Groups': ['dual-anon',
    'Non-professional 12-step groups for the relatives and friends of someone living with both a chemical dependency and an emotional or psychiatric illness. Separate from Dual Recovery Anonymous but working with it, and funded by members’ donations.'],
  'Hearing Voices Network USA groups': ['hearing-voices-usa',
    'Groups for people who hear voices, see visions or have other unusual experiences, with separate groups for family and friends, run under a charter that does not assume illness. Many groups now meet on Zoom.'],
  'Hearing Voices Network (England) groups': ['hearing-voices-england',
    'Self-help groups in England, meeting in local venues, where voices and visions are treated as real experiences that each member is free to make sense of in their own way. Wales and Scotland have their own networks.'],
  'Intervoice (International Hearing Voices Movement)': ['intervoice',
    'A charity that supports the International Hearing Voices Movement and links national Hearing Voices Networks. It coordinates rather than runs groups, and can help you find a network outside the US and UK.'],
  'Clubhouses (Clubhouse Model)': ['clubhouses',
    'Community Clubhouses in many countries where adults with a history of mental illness join as members and run the Clubhouse side by side with staff, with opportunities in work, education, housing and friendship. Clubhouses say they are not treatment programs.'],
  'Wellness Recovery Action Plan (WRAP) groups': ['wrap-groups',
    'Peer-led groups where you learn to build your own Wellness Recovery Action Plan, a self-directed plan for staying well and for crises, usually with two trained co-facilitators who use WRAP themselves. Cost and format depend on the local provider.'],
  'Vets4Warriors': ['vets4warriors',
    'A confidential peer support line answered by veterans, for service members, veterans and their families, open around the clock. It is not a crisis line: callers at risk of suicide are transferred to the military crisis line.'],
  'Postpartum Support International (PSI) support groups': ['psi-support-groups',
    'Small, relaxed groups for people diagnosed with or having symptoms of perinatal mood and anxiety disorders, listed on the HeyPeers platform; no one is pushed to talk. PSI also runs a HelpLine, by phone or text, in English and Spanish.'],
  'ADAA Anxiety and Depression Support community (HealthUnlocked)': ['adaa-healthunlocked',
    'An online community on HealthUnlocked for people with anxiety or depressive disorders and for their friends, family and colleagues, moderated by ADAA staff and supporters. It does not replace professional care.'],
  'TrevorSpace': ['trevorspace',
    'A free, affirming online community where LGBTQ+ young people aged 13 to 24 around the world can connect with each other; posts are subject to approval by Trevor Project administrators.'],
  'Trans Lifeline Hotline': ['trans-lifeline',
    'A peer support and crisis hotline for trans people where every operator is trans, with separate US and Canadian numbers. It is open on weekdays only, not 24/7, and operators do not call emergency services without the caller’s consent.'],
  'California Peer-Run Warm Line': ['california-warm-line',
    'A non-crisis emotional support line for California residents, by call or text around the clock, where every counselor has lived experience of mental health challenges. Support is offered in English and Spanish, and in other languages through translation.'],
  'North Carolina Statewide Peer Warmline': ['nc-peer-warmline',
    'A statewide warmline open 24/7, answered by peer support specialists in recovery from mental illness or substance use. People who call 988 in North Carolina can ask to be connected to it.'],
  'Western Mass Peer Support Line': ['western-mass-peer-line',
    'A phone line where someone who has also been through serious life challenges listens, and can share resource information. Its hours are not confirmed.'],
  'Peer respites (U.S.)': ['peer-respites-us',
    'Voluntary short overnight stays in a homelike setting, offering non-clinical crisis support as an alternative to hospital, with staff who have lived experience. Directories list respites in a number of US states; check with a respite directly.'],
  'Schizophrenia Alliance support groups': ['schizophrenia-alliance',
    'Self-help groups organised and run by people living with schizophrenia or related illnesses, with no dues, which have met in the US and more than a dozen other countries. S&PAA also runs virtual groups and Families for Care groups for relatives.'],
  'The Alliance for Eating Disorders support groups': ['alliance-eating-disorders',
    'Free pro-recovery groups for adults experiencing or recovering from an eating disorder, and groups for their loved ones, held in person and virtually. They are led by therapists, not by peers.'],
  'ANAD eating disorder support groups': ['anad-support-groups',
    'Free virtual groups for people at any stage of eating disorder recovery, led by trained volunteers who have recovered or work in the field. ANAD says people in recovery lead its groups.'],
  'Looking Glass Online Peer Support': ['looking-glass',
    'Free, anonymous live online chat sessions for people aged 14 and over struggling with eating disorders, disordered eating or body image, always guided by a trained volunteer moderator under pro-recovery, low-trigger rules. A charity in British Columbia, Canada runs it.'],
  'AFSP Healing Conversations': ['afsp-healing',
    'Conversations with trained AFSP volunteers, who have their own experience of grief, for anyone who has lost someone close to suicide, offered through local AFSP chapters in the US. AFSP also holds yearly International Survivors of Suicide Loss Day events, in person and online.'],
  'Alliance of Hope Forum for Suicide Loss Survivors': ['alliance-of-hope-forum',
    'An online forum for people bereaved by suicide that works like a support group open at any hour; its moderators have lost someone to suicide themselves.'],
  'The Compassionate Friends (USA) chapter meetings': ['compassionate-friends-usa',
    'Self-help meetings for parents, grandparents and siblings grieving the death of a child of any age, through local chapters across the US. There are no dues or fees, and some chapters meet on Zoom.'],
  'The Compassionate Friends (UK)': ['compassionate-friends-uk',
    'Peer support for bereaved parents, adult siblings and grandparents after the death of a child, through a national helpline, free local groups and moderated online groups, from volunteers who are bereaved themselves.'],
  'Women for Sobriety (WFS)': ['women-for-sobriety',
    'Abstinence-based peer support for women 18 and over with substance use disorders, following the New Life Program and welcoming all expressions of female identity. Meetings happen in person, on Zoom, in online groups and by phone, with no membership fee.'],
  'LifeRing Secular Recovery': ['lifering',
    'Secular, abstinence-based, peer-run recovery groups with no steps, meeting face to face and online through meetings, chat rooms and forums. Members who take prescribed medication, including MAT, are supported.'],
  'Recovery Dharma': ['recovery-dharma',
    'A peer-led recovery community using Buddhist-inspired practices such as meditation and inquiry, for substance and process addictions; you do not need to be Buddhist. Meetings are free, in person and online, with voluntary donations.'],
  '7 Cups': ['7-cups',
    'Anonymous online emotional support from trained volunteer listeners in one-to-one chats, plus group chats and forums, for anyone aged 13 and up, with a separate space for teens. Listener support is free with an account; paid counselling is a separate option.'],
  'TalkLife': ['talklife',
    'A peer-support app for people aged 16 and over, mostly young, who post about things like depression or self-harm, anonymously if they wish, and reply to each other. TalkLife says it is not a crisis, medical or emergency service; a professional Safety Team reviews flagged posts.'],
  'Side by Side': ['mind-side-by-side',
    "Mind's moderated online community where people with mental health problems post, comment and message each other anonymously. It is not a crisis service."],
  'Bipolar UK eCommunity': ['bipolar-uk-ecommunity',
    'A free online forum for anyone affected by bipolar, including family, friends and carers, open 24/7 and moderated from 8am to 8pm. It is not a crisis or medical-advice service.'],
  'Bipolar UK support groups': ['bipolar-uk-groups',
    'Local groups and national Zoom meetings run by volunteers affected by bipolar, including meetings for family, carers and young people, with no charge. At in-person groups under-16s cannot attend, and 16–17-year-olds come with a parent or guardian.'],
  'Rethink Mental Illness support groups': ['rethink-groups',
    'Peer support groups run by people with a mental illness or by their families and friends, mostly in England, some also meeting on Zoom, including groups for carers. Rethink is a charity for people severely affected by mental illness and those who care for them.'],
  "Andy's Man Club": ['andys-man-club',
    'Free peer-to-peer talking groups for men 18 and over across the UK, run by volunteers and meeting on Mondays at 7pm (not on bank holidays). No referral or sign-up needed.'],
  'Aware Support & Self Care Groups': ['aware-ireland',
    'Free weekly peer support groups for adults affected by depression, bipolar disorder and other mood conditions, led by two trained volunteer facilitators, in person around Ireland, on Zoom and by phone, with no referral needed. Aware also has a separate Support Line answered by trained volunteers.'],
  'AWARE NI Support Groups': ['aware-ni',
    'Free weekly peer support groups around Northern Ireland for people living with depression, anxiety or bipolar disorder, run by volunteers, many with lived experience. No appointment is needed, and a trained facilitator welcomes newcomers.'],
  'Grow Mental Health groups (Ireland)': ['grow-ireland',
    'A network of weekly community peer support groups in Ireland that follow the 12-step Grow Program, chaired by members themselves. Meetings are free, and online meetings have also been offered.'],
  'Grow groups and eGrow (Australia)': ['grow-australia',
    'Peer-to-peer mental health groups designed and delivered by consumers, meeting weekly face to face or on Zoom as eGrow. No diagnosis, referral or fee is needed, and there is a weekly online orientation.'],
  'SANE Forums': ['sane-forums',
    'Free, anonymous peer forums for Australians 18 and over living with complex mental health issues and for their families, friends and carers, moderated 24/7 by health professionals. Not crisis support or counselling.'],
  'SANE Peer Group Chats': ['sane-peer-group-chats',
    'Free, anonymous weekly text group chats on set topics, guided by peer workers with lived experience, for people with complex mental health issues and their families, friends and carers. Counsellors keep watch in the background.'],
  'Beyond Blue Forums': ['beyond-blue-forums',
    'Moderated forums where people talk under anonymous names about depression, anxiety, suicidal thoughts and related issues, supported by trained volunteers with lived experience. Clinically trained moderators check every post.'],
  'ReachOut Online Community': ['reachout-community',
    'A moderated peer-support community for young people aged 14 to 25 living in Australia, with staff and trained volunteer moderators who have lived experience. Not crisis support or counselling.'],
  'ReachOut Parents Forums': ['reachout-parents-forums',
    'An anonymous peer-support forum for parents and carers of teenagers in Australia, open 24/7 with moderators online at set hours. Not counselling or crisis support.'],
  "Men's Sheds": ['mens-sheds',
    "Community workshops where men meet to work on projects, share skills and socialise, begun in Australia to tackle men's isolation and poor wellbeing. There are sheds in Australia, the UK, Ireland, Finland, Greece and other countries."],
  'MDAO peer support groups and support line': ['mdao-peer-support',
    'Free drop-in peer support groups across Ontario with no registration, run by MDAO and its affiliates, plus a toll-free weekday line where trained volunteers offer peer support and local group details.'],
  'CMHA Champlain East peer support groups': ['cmha-champlain-east',
    'Free, confidential and anonymous open peer support groups in eastern Ontario, facilitated by people with lived experience of the mental health system. Other CMHA branches, such as Ottawa, run their own groups, some online.'],
  'Family Peer Support Chapters (Ontario)': ['pcmh-family-chapters',
    'Volunteer-led chapters in Ontario for parents and caregivers of children and youth with mental health challenges, meeting locally in person and in provincial Zoom chapters on special topics.'],
  '1737 Peer Support': ['1737-peer-support',
    "People who call New Zealand's free 1737 line can ask to talk with a peer supporter who has lived experience of mental distress. The peer option runs by phone from 2pm to 10pm; counsellors answer 24/7."],
};

/** crisis-line name in the facts file (or `COUNTRY:name` where a name is not unique) → id; ids are never changed once published */
const CRISIS_IDS = {
  '988 Suicide & Crisis Lifeline': 'us-988',
  'Crisis Text Line': 'us-crisis-text-line',
  'Veterans Crisis Line': 'us-veterans-crisis-line',
  'The Trevor Project (TrevorLifeline, TrevorText, TrevorChat) - LGBTQ young people': 'us-trevor-project',
  'US:Trans Lifeline (peer-run, trans operators)': 'us-trans-lifeline',
  '9-8-8: Suicide Crisis Helpline': 'ca-988',
  'Kids Help Phone (young people)': 'ca-kids-help-phone',
  'CA:Trans Lifeline (peer-run, trans operators)': 'ca-trans-lifeline',
  'Samaritans': 'uk-samaritans',
  'Shout 85258': 'uk-shout',
  'CALM (Campaign Against Living Miserably) helpline': 'uk-calm',
  'Samaritans Ireland': 'ie-samaritans',
  '50808 (text support service)': 'ie-50808',
  'Lifeline Australia': 'au-lifeline',
  'Kids Helpline': 'au-kids-helpline',
  '1737 Need to talk?': 'nz-1737',
  'IN:Tele-MANAS (Government of India national tele-mental health helpline)': 'in-tele-manas',
  'DE:TelefonSeelsorge': 'de-telefonseelsorge',
  'DE:Nummer gegen Kummer – Kinder- und Jugendtelefon (children and young people)': 'de-nummer-gegen-kummer',
  'ZA:SADAG Suicide Crisis Helpline': 'za-sadag-suicide-crisis',
  'ZA:SADAG Cipla Mental Health Helpline': 'za-sadag-mental-health',
  'FR:3114 – numéro national de prévention du suicide': 'fr-3114',
  'ES:Línea 024 de atención a la conducta suicida': 'es-024',
  'ES:Teléfono ANAR de Ayuda a Niños y Adolescentes (children and teenagers)': 'es-anar',
  'NL:113 Zelfmoordpreventie': 'nl-113',
  'SE:Mind Självmordslinjen': 'se-mind-sjalvmordslinjen',
  'NO:Mental Helse Hjelpetelefonen': 'no-mental-helse',
  'NO:Kirkens SOS': 'no-kirkens-sos',
  'DK:Livslinien': 'dk-livslinien',
  'DK:BørneTelefonen – Børns Vilkår (children and young people)': 'dk-bornetelefonen',
  'FI:MIELI Kriisipuhelin (MIELI Crisis Helpline)': 'fi-mieli',
  'JP:いのちの電話 フリーダイヤル (Inochi no Denwa, free dial)': 'jp-inochi-no-denwa',
  'JP:よりそいホットライン (Yorisoi Hotline)': 'jp-yorisoi',
  'SG:Samaritans of Singapore (SOS)': 'sg-samaritans',
  'SG:national mindline 1771 (Ministry of Health / IMH)': 'sg-mindline-1771',
  'PH:NCMH Crisis Hotline (National Center for Mental Health, DOH)': 'ph-ncmh',
  'MY:Talian HEAL 15555 (Ministry of Health national mental health crisis line)': 'my-heal-15555',
  'HK:Samaritan Befrienders Hong Kong – 24-hour emotional support hotline': 'hk-samaritan-befrienders',
  'HK:The Samaritans Hong Kong (multilingual)': 'hk-samaritans',
  'BR:CVV – Centro de Valorização da Vida': 'br-cvv',
  'MX:Línea de la Vida (CONASAMA / Secretaría de Salud)': 'mx-linea-de-la-vida',
  'AR:Línea Nacional de Salud Mental (Ministerio de Salud de la Nación)': 'ar-salud-mental',
  'AR:Centro de Asistencia al Suicida (CAS)': 'ar-cas',
  'KE:Kenya Red Cross toll-free helpline 1199 (tele-counselling, suicide prevention)': 'ke-red-cross-1199',
  'NG:SURPIN (Suicide Research and Prevention Initiative, LUTH) toll-free helpline': 'ng-surpin',
  'IT:Telefono Amico Italia': 'it-telefono-amico',
  'PL:Telefon zaufania 116 123 (Niebieska Linia, Instytut Psychologii Zdrowia – adults in emotional crisis)': 'pl-116-123',
  'PL:Telefon zaufania 116 111 (Fundacja Dajemy Dzieciom Siłę – children and young people)': 'pl-116-111',
  'BE:Zelfmoordlijn 1813 (Flanders)': 'be-zelfmoordlijn-1813',
  'BE:Centre de Prévention du Suicide (Wallonia–Brussels)': 'be-prevention-suicide',
  'AT:TelefonSeelsorge Österreich': 'at-telefonseelsorge',
  'AT:147 Rat auf Draht (children and young people)': 'at-rat-auf-draht',
  'CH:Die Dargebotene Hand / La Main Tendue / Telefono Amico 143': 'ch-143',
  'CH:Pro Juventute Beratung + Hilfe 147 (children and young people)': 'ch-147',
  'PT:Linha 1411 – Linha Nacional de Prevenção do Suicídio (SNS)': 'pt-1411',
  'PT:SOS Voz Amiga': 'pt-sos-voz-amiga',
  'IL:ERAN – Emotional First Aid': 'il-eran',
  'KR:자살예방 상담전화 109 (national suicide prevention line)': 'kr-109',
  'Find A Helpline (directory of free helplines by country)': 'find-a-helpline',
};

const verifiedOn = facts.compiledOn;
const fail = (msg) => { console.error(`build-directory: ${msg}`); process.exit(1); };

const programs = facts.programs.map((p) => {
  const overlay = PROGRAMS[p.name];
  if (!overlay) fail(`no id/description for program "${p.name}" — add it to PROGRAMS`);
  const [id, description] = overlay;
  const out = {
    id,
    name: p.name,
    organization: p.organization,
    url: p.url,
    formats: p.formats,
    focus: p.focus,
    audience: p.audience,
    cost: p.cost,
    countries: p.countries,
    languages: p.languages,
    peerLed: p.peerLed,
    contact: p.contact ?? null,
    hours: p.hours ?? null,
    description,
    details: p.facts,
    source: p.source,
  };
  if (p.otherSources !== undefined) out.otherSources = p.otherSources;
  out.verifiedOn = verifiedOn;
  if (p.caution !== undefined) out.caution = p.caution;
  return out;
});
const unused = Object.keys(PROGRAMS).filter((name) => !facts.programs.some((p) => p.name === name));
if (unused.length) fail(`PROGRAMS has names not in the facts: ${unused.join(', ')}`);

const crisisLines = facts.crisisLines.map((c) => {
  const id = CRISIS_IDS[c.name] ?? CRISIS_IDS[`${c.country}:${c.name}`];
  if (!id) fail(`no id for crisis line "${c.name}" (${c.country}) — add it to CRISIS_IDS`);
  const out = {
    id,
    country: c.country,
    name: c.name,
    contact: c.contact,
    hours: c.hours ?? null,
    languages: c.languages ?? null,
  };
  if (c.url !== undefined) out.url = c.url;
  out.source = c.source;
  if (c.otherSources !== undefined) out.otherSources = c.otherSources;
  out.verifiedOn = verifiedOn;
  if (c.caution !== undefined) out.caution = c.caution;
  return out;
});

const ids = crisisLines.map((l) => l.id);
const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
if (dupes.length) fail(`duplicate crisis-line ids: ${dupes.join(', ')}`);
const knownIds = new Set(ids);
const unusedIds = Object.values(CRISIS_IDS).filter((id) => !knownIds.has(id));
if (unusedIds.length) fail(`CRISIS_IDS has ids for lines not in the facts: ${unusedIds.join(', ')}`);

// Emergency numbers are copied field by field, in the facts' order (the EU entry included).
const emergencyNumbers = facts.emergencyNumbers.map((e) => {
  const out = {
    country: e.country,
    general: e.general,
    numbers: e.numbers,
    notes: e.notes ?? null,
    source: e.source,
  };
  if (e.otherSources !== undefined) out.otherSources = e.otherSources;
  out.verifiedOn = verifiedOn;
  return out;
});

writeFileSync(join(root, 'data', 'programs.json'), `${JSON.stringify(programs, null, 2)}\n`);
writeFileSync(join(root, 'data', 'crisis-lines.json'), `${JSON.stringify({ lines: crisisLines, emergencyNumbers }, null, 2)}\n`);
console.error(
  `build-directory: wrote ${programs.length} programs, ${crisisLines.length} crisis lines and ` +
    `${emergencyNumbers.length} emergency-number entries (verified ${verifiedOn})`,
);
