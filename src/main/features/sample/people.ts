// Names for the sample's people and firms. Phone numbers use 555-01xx, the range
// set aside for fiction, so a sample number never rings a real person.

export const FIRST_NAMES = [
  'Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Elijah', 'Sophia', 'James', 'Isabella', 'Lucas',
  'Mia', 'Mateo', 'Amelia', 'Benjamin', 'Harper', 'Henry', 'Evelyn', 'Theodore', 'Aaliyah', 'Daniel',
  'Priya', 'Arjun', 'Mei', 'Hiroshi', 'Fatima', 'Omar', 'Chloe', 'Samuel', 'Grace', 'David',
  'Zoe', 'Gabriel', 'Nora', 'Julian', 'Lily', 'Leo', 'Hannah', 'Isaac', 'Layla', 'Ethan',
  'Sofia', 'Diego', 'Camila', 'Andre', 'Ines', 'Tomas', 'Leah', 'Marcus', 'Ruth', 'Felix',
  'Dana', 'Kwame', 'Ngozi', 'Sven', 'Astrid', 'Rafael', 'Lucia', 'Ivan', 'Anya', 'Wei',
] as const

export const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee',
  'Perez', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen',
  'Nguyen', 'Patel', 'Kim', 'Li', 'Chen', 'Okafor', 'Mensah', 'Schmidt', 'Novak', 'Rossi',
  'Silva', 'Costa', 'Larsen', 'Berg', 'Dubois', 'Moreau', 'Khan', 'Haddad', 'Cohen', 'Murphy',
  "O'Brien", 'Kowalski', 'Ivanova', 'Tanaka', 'Sato', 'Reyes', 'Ortiz', 'Bennett', 'Price', 'Foster',
] as const

export const COMPANY_PREFIXES = [
  'Northwind', 'Bluepeak', 'Cedar', 'Harbor', 'Summit', 'Brightline', 'Ironwood', 'Maple', 'Riverbend', 'Silverline',
  'Oakridge', 'Lakeside', 'Granite', 'Redwood', 'Keystone', 'Pinecrest', 'Clearwater', 'Westfield', 'Evergreen', 'Sunrise',
  'Copperleaf', 'Highgate', 'Foxglove', 'Meridian', 'Juniper', 'Stonebridge', 'Bayview', 'Larkspur', 'Hollow Creek', 'Aspen',
  'Lighthouse', 'Birchwood', 'Golden Gate', 'Fairview', 'Windmill', 'Blue Heron', 'Crescent', 'Orchard', 'Tidewater', 'Kestrel',
] as const

/** Kinds of firm, grouped by the segment they most often fall in (same order as SEGMENTS). */
export const COMPANY_KINDS: readonly (readonly string[])[] = [
  ['Bakery', 'Print Co.', 'Florist', 'Outfitters', 'Coffee Roasters', 'Cleaning Services', 'Auto Repair', 'Fitness'],
  ['Logistics', 'Manufacturing', 'Software', 'Distribution', 'Analytics', 'Foods', 'Energy', 'Insurance'],
  ['Dental', 'Physio', 'Veterinary', 'Family Clinic', 'Eye Care', 'Dermatology', 'Pediatrics', 'Orthodontics'],
  ['Law Group', 'Accounting', 'Architects', 'Consulting', 'Realty', 'Partners', 'Design Studio', 'Advisors'],
]

export const AREA_CODES = ['206', '212', '303', '312', '415', '503', '512', '617', '646', '702', '718', '808', '919'] as const

export const OWNERS = ['Maya Chen', 'Jordan Ellis', 'Priya Nair', 'Sam Okafor'] as const

export const JOB_TITLES = ['Owner', 'Office Manager', 'Operations Lead', 'Practice Manager', 'Head of Finance', 'Managing Partner', 'IT Lead', 'Purchasing'] as const

export const TAGS = [
  'hot',
  'decision-maker',
  'budget-approved',
  'renewal',
  'partner',
  'needs-demo',
  'newsletter',
  'upsell',
  'multi-site',
  'referral',
] as const

export const LEAD_NOTES = [
  'Met at the booth; asked for pricing for three seats.',
  'Currently using spreadsheets, wants to move before the new fiscal year.',
  'Decision will be made together with their finance lead.',
  'Prefers calls after 3 pm.',
  'Evaluating two other vendors.',
  'Came back after last year’s trial.',
  'Needs sign-off from the owner, who is travelling this month.',
] as const

/** "Hollow Creek Dental" → "hollowcreekdental.com" */
export const domainOf = (company: string) => `${company.toLowerCase().replace(/[^a-z0-9]/g, '')}.com`

/** "Liam O'Brien" at a domain → "liam.obrien@domain" */
export const emailOf = (first: string, last: string, domain: string) =>
  `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '') + `@${domain}`
