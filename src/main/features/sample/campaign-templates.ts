import type { Channel } from '@shared/domain/enums'
import { monthOf, quarterOf, seasonOf, yearOf } from './time'

export const SEGMENTS = [
  { name: 'Small business', description: 'Owner-run firms with fewer than 20 people; the owner decides.', industry: 'Any', companySize: '1–20', region: 'Home state' },
  { name: 'Mid-market', description: '50–500 employees with a small buying committee.', industry: 'Any', companySize: '50–500', region: 'United States' },
  { name: 'Healthcare practices', description: 'Clinics and practices: dental, physio, veterinary, eye care.', industry: 'Healthcare', companySize: '5–50', region: 'Home state' },
  { name: 'Professional services', description: 'Law, accounting, architecture and consulting firms.', industry: 'Professional services', companySize: '5–100', region: 'United States' },
] as const

export interface CampaignTemplate {
  channel: Channel
  name: (start: number) => string
  /** Stem of the tracking code; the start month is appended. */
  code: string
  objective: string
  /** Index into SEGMENTS, or null for campaigns aimed at everyone. */
  segment: number | null
  /** Whole dollars. */
  budget: readonly [number, number]
  days: readonly [number, number]
  /** Relative share of the leads it brings in per day it runs. */
  leadWeight: number
  /** Share of its closed leads that are won. */
  winRate: number
}

const t = (template: CampaignTemplate) => template

// Names carry the season, quarter or month they ran in, as a firm's own list would.
export const CAMPAIGN_TEMPLATES: readonly CampaignTemplate[] = [
  t({ channel: 'video', name: (s) => `${seasonOf(s)} product explainer video`, code: 'VID-EXPL', objective: 'Show the product in two minutes to cold audiences', segment: null, budget: [3000, 9000], days: [45, 90], leadWeight: 0.6, winRate: 0.35 }),
  t({ channel: 'video', name: () => 'Customer story videos', code: 'VID-STORY', objective: 'Build trust with mid-market buyers through customer stories', segment: 1, budget: [5000, 14000], days: [60, 120], leadWeight: 0.5, winRate: 0.45 }),
  t({ channel: 'video', name: (s) => `YouTube pre-roll ${quarterOf(s)}`, code: 'VID-YT', objective: 'Reach small-business owners on YouTube', segment: 0, budget: [2000, 6000], days: [30, 60], leadWeight: 0.8, winRate: 0.3 }),
  t({ channel: 'social_ads', name: (s) => `LinkedIn retargeting ${quarterOf(s)}`, code: 'LI-RT', objective: 'Bring back site visitors who did not book a demo', segment: 1, budget: [4000, 10000], days: [60, 90], leadWeight: 1.2, winRate: 0.4 }),
  t({ channel: 'social_ads', name: () => 'Facebook lead ads – clinics', code: 'FB-LEAD', objective: 'Collect demo requests from practice managers', segment: 2, budget: [2500, 7000], days: [30, 75], leadWeight: 1.6, winRate: 0.3 }),
  t({ channel: 'social_ads', name: (s) => `Instagram ${seasonOf(s).toLowerCase()} promo`, code: 'IG-PROMO', objective: 'Drive trial sign-ups with a seasonal discount', segment: 0, budget: [1500, 4000], days: [21, 45], leadWeight: 1.4, winRate: 0.25 }),
  t({ channel: 'social_ads', name: () => 'LinkedIn thought-leadership posts', code: 'LI-TL', objective: 'Grow followers among partners and founders', segment: 3, budget: [800, 2500], days: [90, 150], leadWeight: 0.5, winRate: 0.4 }),
  t({ channel: 'content', name: () => 'Pricing guide whitepaper', code: 'WP-PRICE', objective: 'Capture emails with a gated buyer guide', segment: null, budget: [1500, 4000], days: [90, 180], leadWeight: 1.0, winRate: 0.35 }),
  t({ channel: 'content', name: (s) => `Industry benchmark report ${yearOf(s)}`, code: 'RPT-BENCH', objective: 'Earn links and leads with original survey data', segment: 1, budget: [4000, 9000], days: [60, 120], leadWeight: 0.8, winRate: 0.45 }),
  t({ channel: 'content', name: () => 'How-to blog series', code: 'BLOG-HOW', objective: 'Rank for practical how-to searches', segment: 0, budget: [1000, 3000], days: [120, 240], leadWeight: 0.7, winRate: 0.3 }),
  t({ channel: 'content', name: () => 'Case study library', code: 'CS-LIB', objective: 'Give sales proof points for each industry', segment: 3, budget: [1200, 3500], days: [90, 180], leadWeight: 0.4, winRate: 0.5 }),
  t({ channel: 'email', name: (s) => `Newsletter – ${monthOf(s)}`, code: 'NL', objective: 'Keep past trials and customers engaged', segment: null, budget: [200, 600], days: [14, 30], leadWeight: 1.2, winRate: 0.4 }),
  t({ channel: 'email', name: () => 'Win-back email sequence', code: 'EM-WINBACK', objective: 'Reopen conversations with leads lost on price', segment: null, budget: [300, 900], days: [30, 60], leadWeight: 0.9, winRate: 0.35 }),
  t({ channel: 'email', name: () => 'Cold outreach – clinics', code: 'EM-COLD', objective: 'Book intro calls with practice owners', segment: 2, budget: [500, 1500], days: [30, 60], leadWeight: 1.3, winRate: 0.25 }),
  t({ channel: 'email', name: (s) => `${quarterOf(s)} product update email`, code: 'EM-UPD', objective: 'Announce new features to the whole list', segment: null, budget: [150, 500], days: [7, 21], leadWeight: 1.0, winRate: 0.4 }),
  t({ channel: 'seo', name: () => 'SEO: service pages refresh', code: 'SEO-PAGES', objective: 'Move core service pages onto the first results page', segment: null, budget: [3000, 8000], days: [150, 300], leadWeight: 1.1, winRate: 0.4 }),
  t({ channel: 'seo', name: () => 'Local SEO – business profiles', code: 'SEO-LOCAL', objective: 'Show up in local map results in our three cities', segment: 0, budget: [1000, 3000], days: [120, 240], leadWeight: 0.9, winRate: 0.35 }),
  t({ channel: 'sem', name: () => 'Google Ads – brand terms', code: 'GA-BRAND', objective: 'Protect brand searches from competitors', segment: null, budget: [2000, 5000], days: [200, 330], leadWeight: 1.0, winRate: 0.45 }),
  t({ channel: 'sem', name: () => 'Google Ads – competitor terms', code: 'GA-COMP', objective: 'Win buyers comparing us with competitors', segment: 1, budget: [5000, 12000], days: [60, 120], leadWeight: 1.3, winRate: 0.3 }),
  t({ channel: 'sem', name: (s) => `Bing Ads test ${quarterOf(s)}`, code: 'BING', objective: 'Test whether Bing brings cheaper leads', segment: null, budget: [800, 2000], days: [21, 45], leadWeight: 0.8, winRate: 0.3 }),
  t({ channel: 'event', name: (s) => `${seasonOf(s)} webinar series`, code: 'WEB', objective: 'Teach buyers the method; book demos from attendees', segment: null, budget: [600, 2000], days: [21, 45], leadWeight: 1.4, winRate: 0.4 }),
  t({ channel: 'event', name: () => 'Regional trade show booth', code: 'EXPO', objective: 'Meet 200 buyers face to face over two days', segment: 1, budget: [6000, 15000], days: [2, 3], leadWeight: 12, winRate: 0.4 }),
  t({ channel: 'event', name: (s) => `Customer breakfast – ${monthOf(s)}`, code: 'BFAST', objective: 'Turn happy customers into referrers', segment: 3, budget: [800, 2000], days: [1, 1], leadWeight: 10, winRate: 0.55 }),
  t({ channel: 'event', name: (s) => `Healthcare expo ${yearOf(s)}`, code: 'HC-EXPO', objective: 'Meet practice managers at the state expo', segment: 2, budget: [4000, 9000], days: [2, 3], leadWeight: 10, winRate: 0.35 }),
  t({ channel: 'referral', name: () => 'Customer referral program', code: 'REF-CUST', objective: 'One referral a month from existing customers', segment: null, budget: [2000, 5000], days: [240, 330], leadWeight: 0.6, winRate: 0.6 }),
  t({ channel: 'referral', name: () => 'Partner referrals – accountants', code: 'REF-ACCT', objective: 'Leads from partner accounting firms', segment: 3, budget: [1000, 3000], days: [150, 270], leadWeight: 0.5, winRate: 0.55 }),
  t({ channel: 'other', name: () => 'Direct mail postcards', code: 'MAIL', objective: 'Reach local firms that ignore digital ads', segment: 0, budget: [1500, 4000], days: [21, 45], leadWeight: 0.7, winRate: 0.25 }),
  t({ channel: 'other', name: (s) => `Podcast sponsorship ${quarterOf(s)}`, code: 'POD', objective: 'Sponsor two business podcasts for a quarter', segment: 1, budget: [3000, 7000], days: [60, 90], leadWeight: 0.5, winRate: 0.35 }),
  t({ channel: 'other', name: () => 'Local radio spot', code: 'RADIO', objective: 'Brand awareness in the home market', segment: null, budget: [2000, 5000], days: [14, 30], leadWeight: 0.6, winRate: 0.3 }),
  t({ channel: 'other', name: () => 'Trade magazine ad', code: 'MAG', objective: 'Half-page ad in the professional services monthly', segment: 3, budget: [1200, 3000], days: [30, 30], leadWeight: 0.4, winRate: 0.35 }),
]

/** How often spend is booked, and what the entry says. */
export const SPEND_PATTERN: Record<Channel, { everyDays: number; note: string | null }> = {
  video: { everyDays: 7, note: 'Weekly media spend' },
  social_ads: { everyDays: 7, note: 'Weekly ad spend' },
  content: { everyDays: 7, note: 'Writer and design invoices' },
  email: { everyDays: 7, note: 'Email platform and list costs' },
  seo: { everyDays: 7, note: 'Agency hours' },
  sem: { everyDays: 7, note: 'Weekly click spend' },
  event: { everyDays: 1, note: 'Booth, travel and printing' },
  referral: { everyDays: 7, note: 'Referral bonuses paid' },
  other: { everyDays: 7, note: null },
}

/** Weekly reach and rates per channel: impressions, click-through, visit rate, engagement rate. */
export const METRIC_PROFILE: Record<Channel, { impressions: readonly [number, number]; ctr: readonly [number, number]; visitRate: readonly [number, number]; engagementRate: readonly [number, number] }> = {
  video: { impressions: [15_000, 60_000], ctr: [0.004, 0.01], visitRate: [0.6, 0.85], engagementRate: [0.15, 0.35] },
  social_ads: { impressions: [12_000, 80_000], ctr: [0.006, 0.015], visitRate: [0.65, 0.9], engagementRate: [0.02, 0.05] },
  content: { impressions: [2_000, 10_000], ctr: [0.03, 0.08], visitRate: [0.7, 0.95], engagementRate: [0.01, 0.04] },
  email: { impressions: [1_500, 6_000], ctr: [0.02, 0.06], visitRate: [0.6, 0.85], engagementRate: [0.2, 0.4] },
  seo: { impressions: [4_000, 20_000], ctr: [0.02, 0.05], visitRate: [0.8, 0.97], engagementRate: [0.005, 0.02] },
  sem: { impressions: [5_000, 25_000], ctr: [0.03, 0.07], visitRate: [0.75, 0.95], engagementRate: [0.005, 0.015] },
  event: { impressions: [600, 2_500], ctr: [0.1, 0.25], visitRate: [0.5, 0.8], engagementRate: [0.05, 0.15] },
  referral: { impressions: [200, 800], ctr: [0.1, 0.3], visitRate: [0.6, 0.9], engagementRate: [0.02, 0.06] },
  other: { impressions: [5_000, 40_000], ctr: [0.002, 0.006], visitRate: [0.5, 0.8], engagementRate: [0.001, 0.005] },
}
