// Reference data for a plausible Leeds repairs patch. Postcode-district centroids are
// approximate; every one lies within ~8 km of the city centre.

export const LEEDS_CENTRE = { lat: 53.7997, lon: -1.5492 } as const;

export interface Area {
  code: string;
  lat: number;
  lon: number;
  streets: readonly string[];
}

export const AREAS: readonly Area[] = [
  { code: 'LS1', lat: 53.7966, lon: -1.547, streets: ['Boar Lane', 'Park Row', 'Wellington Street', 'Briggate'] },
  { code: 'LS2', lat: 53.803, lon: -1.55, streets: ['Woodhouse Lane', 'Merrion Way', 'Lovell Park Road'] },
  { code: 'LS3', lat: 53.8, lon: -1.565, streets: ['Burley Road', 'Kirkstall Road', 'Willow Terrace Road'] },
  { code: 'LS4', lat: 53.809, lon: -1.58, streets: ['Cardigan Lane', 'Argie Avenue', 'Burley Lodge Road'] },
  { code: 'LS5', lat: 53.818, lon: -1.6, streets: ['Kirkstall Lane', 'Broad Lane', 'Vesper Road'] },
  { code: 'LS6', lat: 53.82, lon: -1.575, streets: ['Brudenell Road', 'Headingley Lane', 'Ash Road', 'Hyde Park Road'] },
  { code: 'LS7', lat: 53.825, lon: -1.535, streets: ['Chapeltown Road', 'Roundhay Road', 'Potternewton Lane'] },
  { code: 'LS8', lat: 53.825, lon: -1.505, streets: ['Harehills Avenue', 'Easterly Road', 'Gledhow Valley Road'] },
  { code: 'LS9', lat: 53.8, lon: -1.505, streets: ['Gipton Approach', 'York Road', 'Lupton Avenue', 'Cross Green Lane'] },
  { code: 'LS10', lat: 53.77, lon: -1.535, streets: ['Middleton Park Road', 'Belle Isle Road', 'Hunslet Road'] },
  { code: 'LS11', lat: 53.78, lon: -1.56, streets: ['Beeston Road', 'Cross Flatts Grove', 'Holbeck Lane', 'Dewsbury Road'] },
  { code: 'LS12', lat: 53.79, lon: -1.595, streets: ['Tong Road', 'Armley Ridge Road', 'Wortley Lane'] },
  { code: 'LS13', lat: 53.805, lon: -1.63, streets: ['Bramley Town Street', 'Stanningley Road', 'Swinnow Road'] },
  { code: 'LS14', lat: 53.83, lon: -1.46, streets: ['Seacroft Crescent', 'Kentmere Avenue', 'Ramshead Drive'] },
  { code: 'LS15', lat: 53.805, lon: -1.45, streets: ['Austhorpe Road', 'Cross Gates Road', 'Templegate Avenue'] },
  { code: 'LS16', lat: 53.85, lon: -1.59, streets: ['Otley Road', 'Tinshill Road', 'Holt Lane'] },
  { code: 'LS17', lat: 53.855, lon: -1.53, streets: ['Harrogate Road', 'King Lane', 'Shadwell Lane'] },
];

export const TRADES = ['GAS', 'PLUMB', 'ELEC', 'CARP', 'ROOF', 'PLAST', 'GEN'] as const;
export type Trade = (typeof TRADES)[number];

/** Share of the workforce whose main trade this is. */
export const OPERATIVE_TRADE_WEIGHTS: readonly (readonly [Trade, number])[] = [
  ['GAS', 18],
  ['PLUMB', 18],
  ['ELEC', 14],
  ['CARP', 14],
  ['ROOF', 8],
  ['PLAST', 10],
  ['GEN', 18],
];

/** Share of repair demand per trade: plumbing and carpentry dominate responsive repairs. */
export const JOB_TRADE_WEIGHTS: readonly (readonly [Trade, number])[] = [
  ['PLUMB', 24],
  ['GAS', 16],
  ['ELEC', 14],
  ['CARP', 16],
  ['ROOF', 7],
  ['PLAST', 9],
  ['GEN', 14],
];

export const PRIORITY_WEIGHTS = [
  ['EMERGENCY', 5],
  ['URGENT', 25],
  ['ROUTINE', 55],
  ['PLANNED', 15],
] as const;

export const FIRST_NAMES = [
  'Aisha',
  'Tom',
  'Priya',
  'Sean',
  'Marek',
  'Grace',
  'Liam',
  'Fatima',
  'Jack',
  'Chloe',
  'Imran',
  'Sophie',
  'Dan',
  'Hannah',
  'Tariq',
  'Emma',
  'Kieran',
  'Zara',
  'Ryan',
  'Megan',
  'Bilal',
  'Laura',
  'Callum',
  'Nadia',
  'Owen',
  'Jess',
  'Hassan',
  'Amy',
  'Lewis',
  'Rosie',
  'Pawel',
  'Kelly',
  'Jamal',
  'Beth',
  'Craig',
  'Ifeoma',
];
export const SURNAMES = [
  'Khan',
  'Whitaker',
  'Patel',
  "O'Brien",
  'Nowak',
  'Okafor',
  'Smith',
  'Hussain',
  'Walker',
  'Wood',
  'Ahmed',
  'Thompson',
  'Robinson',
  'Ali',
  'Wright',
  'Clarke',
  'Hirst',
  'Begum',
  'Kowalski',
  'Sutcliffe',
  'Dawson',
  'Mahmood',
  'Barker',
  'Holmes',
  'Iqbal',
  'Lister',
  'Shaw',
  'Mensah',
  'Greenwood',
  'Firth',
  'Nwosu',
  'Hartley',
];

export const PLANNERS = ['Sam Ellis', 'Jo Marsh', 'Priya Shah', 'Dan Booth', 'Kerry Lund'] as const;
export const SUPERVISORS = ['Dave Holt', 'Lena Marsh', 'Rob Quinn'] as const;

/** One-sentence definitions of done per trade. */
export const DONE_WHEN: Record<Trade, readonly string[]> = {
  GAS: [
    'Boiler relit and flue tested',
    'Annual gas safety check complete and certificate issued',
    'Gas leak made safe and supply capped',
    'Radiator valve replaced and system bled',
  ],
  PLUMB: [
    'Leak stopped and area dried',
    'Toilet cistern fill valve replaced',
    'Blocked waste cleared and running freely',
    'Bath panel and trap replaced',
    'Kitchen tap replaced and tested',
  ],
  ELEC: [
    'Faulty socket replaced and circuit tested',
    'Extractor fan working',
    'Consumer unit replaced and certified',
    'Smoke alarm replaced and tested',
    'Lighting circuit fault traced and repaired',
  ],
  CARP: [
    'Front door eased and lock working',
    'Rotten window frame cut out and replaced',
    'Kitchen unit door rehung',
    'Stair handrail refixed',
    'Skirting replaced after damp works',
  ],
  ROOF: [
    'Slipped tiles refixed and roof watertight',
    'Gutter cleared and downpipe refixed',
    'Flat roof patched and sealed',
    'Chimney flashing renewed',
  ],
  PLAST: [
    'Ceiling patch plastered',
    'Reveals made good and plastered',
    'Damp wall hacked off and re-skimmed',
    'Cracked wall filled and ready for decoration',
  ],
  GEN: [
    'Loose handrail refixed',
    'Void property cleared and secured',
    'Fence panel replaced',
    'Mould wash completed and treated',
    'Door closer adjusted',
  ],
};

export const NOTES = [
  'Vulnerable tenant: call 30 min before arrival',
  'Key safe: code with housing office',
  'Dog on premises, tenant will secure',
  'Tenant works nights; not before 11:00',
  'Parking restricted: use pay and display on main road',
  'Interpreter may be needed (Polish)',
  'Previous no-access on this address',
  'Asbestos register: textured ceiling in hall',
  'Damp and mould reported by health visitor',
  'Scaffold tower needed',
] as const;

/** Staged works at one address: each stage depends on the previous (finish-to-start). */
export const CHAINS: readonly (readonly Trade[])[] = [
  ['CARP', 'PLAST'],
  ['CARP', 'PLAST', 'GEN'],
  ['GAS', 'ELEC'],
  ['PLUMB', 'PLAST'],
  ['ROOF', 'PLAST'],
  ['ELEC', 'PLAST', 'GEN'],
  ['GAS', 'ELEC', 'GAS'],
];
