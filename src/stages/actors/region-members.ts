/**
 * The countries of CAMEO's regions (countries.yaml), for references such as "the Gulf state" or "the Balkan
 * nation": they name one country of the region, which the article names elsewhere. Continents and their
 * parts follow the UN geoscheme as the `world-countries` package gives it (region and subregion, read at
 * development time; Kosovo added, Mexico counted in Latin America); the Gulf, Balkans, Caucasus, Central
 * Europe, Eastern Europe, Scandinavia, the Middle East and North America follow their usual news sense.
 * Regions that are no set of countries (the West, the Mediterranean, the East Indies) are left out.
 */
const MEMBERS: Readonly<Record<string, string>> = {
  AFR:
    'AGO BDI BEN BFA BWA CAF CIV CMR COD COG COM CPV DJI DZA EGY ERI ESH ETH GAB GHA GIN GMB GNB GNQ KEN ' +
    'LBR LBY LSO MAR MDG MLI MOZ MRT MUS MWI NAM NER NGA RWA SDN SEN SLE SOM SSD STP SWZ SYC TCD TGO TUN ' +
    'TZA UGA ZAF ZMB ZWE',
  ASA:
    'AFG BGD BRN BTN CHN IDN IND IRN JPN KAZ KGZ KHM KOR LAO LKA MDV MMR MNG MYS NPL PAK PHL PRK SGP THA ' +
    'TJK TKM TLS TWN UZB VNM',
  EUR:
    'ALB AND AUT BEL BGR BIH BLR CHE CYP CZE DEU DNK ESP EST FIN FRA GBR GRC HRV HUN IRL ISL ITA KSV LIE ' +
    'LTU LUX LVA MCO MDA MKD MLT MNE NLD NOR POL PRT ROU RUS SMR SRB SVK SVN SWE UKR VAT',
  LAM:
    'ARG ATG BHS BLZ BOL BRA BRB CHL COL CRI CUB DMA DOM ECU GRD GTM GUY HND HTI JAM KNA LCA MEX NIC PAN ' +
    'PER PRY SLV SUR TTO URY VCT VEN',
  SAM: 'ARG BOL BRA CHL COL ECU GUY PER PRY SUR URY VEN',
  NMR: 'CAN MEX USA',
  CRB: 'ATG BHS BRB CUB DMA DOM GRD HTI JAM KNA LCA TTO VCT',
  NAF: 'DZA EGY ESH LBY MAR SDN TUN',
  WAF: 'BEN BFA CIV CPV GHA GIN GMB GNB LBR MLI MRT NER NGA SEN SLE TGO',
  EAF: 'BDI COM DJI ERI ETH KEN MDG MOZ MUS MWI RWA SOM SSD SYC TZA UGA ZMB ZWE',
  CFR: 'AGO CAF CMR COD COG GAB GNQ STP TCD',
  SAF: 'BWA LSO MOZ NAM SWZ ZAF ZMB ZWE',
  CAS: 'KAZ KGZ TJK TKM UZB',
  SAS: 'AFG BGD BTN IND LKA MDV NPL PAK',
  SEA: 'BRN IDN KHM LAO MMR MYS PHL SGP THA TLS VNM',
  EEU: 'BGR BLR CZE HUN MDA POL ROU RUS SVK UKR',
  CEU: 'AUT CHE CZE DEU HUN LIE POL SVK SVN',
  SCN: 'DNK FIN ISL NOR SWE',
  BLK: 'ALB BGR BIH GRC HRV KSV MKD MNE ROU SRB SVN',
  CAU: 'ARM AZE GEO',
  MEA: 'ARE BHR CYP EGY IRN IRQ ISR JOR KWT LBN OMN PSE QAT SAU SYR TUR YEM',
  PGS: 'ARE BHR IRN IRQ KWT OMN QAT SAU',
};

const BY_REGION: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(MEMBERS).map(([region, codes]) => [region, codes.split(' ')]),
);

/** The member countries of a CAMEO region code, or none for a region that is no set of countries. */
export function regionMembers(region: string): readonly string[] {
  return BY_REGION.get(region) ?? [];
}
