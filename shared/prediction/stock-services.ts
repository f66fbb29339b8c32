/**
 * More everyday minute language, by the services councils and their partners discuss (written for Minute Book, not
 * copied from any council's minutes): the words of care, health, children, housing, planning, highways, the
 * environment, policing and community safety, the economy and the council's own running, in the reported speech of
 * minutes. It gives a committee with little history of its own the common words of its field to complete and the
 * usual ways they are put; the stock-minutes.ts file has the business of a meeting itself. `P` is a person named
 * from the roster (a mention).
 */
import { personMark } from './tokens';

const P = personMark('');

const HEALTH_AND_CARE = [
  'The report provided an update on the integration of health and social care services.',
  'Demand for adult social care had continued to rise, particularly for home care and residential placements.',
  'The Integrated Care Board had agreed its priorities for the coming year.',
  'The Health and Wellbeing Board had endorsed the joint strategy.',
  'Public health colleagues were working with partners to reduce health inequalities.',
  'The number of people waiting for an assessment had reduced significantly.',
  'Hospital discharge arrangements had improved following the introduction of the new pathway.',
  'Mental health services were under considerable pressure.',
  'Access to mental health support for young people remained a concern.',
  'The carers’ strategy set out how unpaid carers would be supported.',
  'Substance misuse services had been recommissioned following a review.',
  'Drug and alcohol treatment services had seen an increase in referrals.',
  'The suicide prevention strategy had been refreshed.',
  'Vaccination rates were below the national average in some areas.',
  'The market for care providers remained fragile, with recruitment and retention of staff a significant challenge.',
  `${P} explained that the service was working with the voluntary sector to support people in their own homes.`,
  `${P} advised that the care quality inspection had rated the service as good.`,
];

const CHILDREN_AND_EDUCATION = [
  'The number of children in care had increased over the past year.',
  'The service continued to support care leavers into education, employment and training.',
  'The Ofsted inspection had judged the service to be good, with some areas of outstanding practice.',
  'Early help services worked with families before problems escalated.',
  'The number of children with an education, health and care plan had risen sharply.',
  'Demand for special educational needs and disabilities support continued to grow.',
  'School attendance had improved but persistent absence remained higher than before the pandemic.',
  'Exclusions from school had fallen during the year.',
  'The youth service provided positive activities for young people across the county.',
  'Young people at risk of exploitation were being identified and supported at an earlier stage.',
  'The safeguarding children partnership had published its annual report.',
  'Schools had been consulted on the proposed changes to admissions arrangements.',
  'The number of school places would be kept under review as new housing was built.',
  `${P} explained that the service had seen an increase in the complexity of cases.`,
  `${P} confirmed that every child in care had an allocated social worker.`,
];

const HOUSING_AND_PLANNING = [
  'The housing strategy set out the council’s plans to increase the supply of affordable homes.',
  'The number of households in temporary accommodation had increased.',
  'Homelessness prevention remained a key priority for the council.',
  'Rough sleeping had reduced following the outreach work carried out over the winter.',
  'The local plan would be submitted for examination later in the year.',
  'The planning application had been approved subject to conditions.',
  'Developer contributions would be used to fund infrastructure improvements.',
  'The conservation area appraisal had been updated.',
  'The regeneration scheme would bring new homes, jobs and community facilities to the area.',
  'Private rented sector housing standards would be enforced where necessary.',
  'Empty homes had been brought back into use with the help of grant funding.',
  'The housing register had been reviewed and the allocations policy updated.',
];

const PLACE_AND_ENVIRONMENT = [
  'The highways maintenance programme had been delivered on time and within budget.',
  'The number of potholes reported had increased following the severe weather.',
  'Road safety schemes had been introduced near a number of schools.',
  'The bus service improvement plan set out proposals to increase the use of public transport.',
  'The council had declared a climate emergency and set a target to reach net zero.',
  'Carbon emissions from the council’s own estate had fallen.',
  'Recycling rates had improved, and the amount of waste sent to landfill had reduced.',
  'Fly-tipping remained a problem in some rural areas.',
  'Flood risk management works had been completed in several communities.',
  'Trading Standards had taken action against rogue traders targeting older residents.',
  'Libraries continued to provide a wide range of services to the community.',
  'Parks and open spaces had been well used throughout the summer.',
  'Street lighting had been converted to energy-efficient lamps.',
  'Air quality was being monitored at a number of sites across the district.',
  'The economic development strategy aimed to support local businesses and attract investment.',
  'Unemployment in the area remained below the national average.',
  'Skills and employment programmes had helped residents back into work.',
  'The cost of living continued to affect many households in the area.',
];

const POLICING_AND_SAFETY = [
  'Recorded crime had fallen overall, although some types of offence had increased.',
  'Violent crime and knife crime remained a priority for the police and partners.',
  'Neighbourhood policing teams worked closely with local communities.',
  'The Police and Crime Plan set out the priorities for policing in the county.',
  'The Police and Crime Commissioner had provided funding for a number of local projects.',
  'Domestic abuse services supported victims and their children.',
  'Domestic homicide reviews were commissioned by the partnership where required.',
  'The prevent duty required partners to safeguard people vulnerable to radicalisation.',
  'Serious violence duty funding had been allocated to the partnership.',
  'County lines and the criminal exploitation of children remained a significant concern.',
  'Modern slavery and human trafficking were being tackled through multi-agency working.',
  'Hate crime reporting had increased, which was seen as a sign of growing confidence in reporting.',
  'Fraud and scams targeting vulnerable people had increased.',
  'Road traffic collisions resulting in people killed or seriously injured had reduced.',
  'The fire and rescue service carried out safe and well visits to vulnerable residents.',
  'Community safety units worked with partners to tackle local issues.',
  'CCTV continued to play an important role in preventing and detecting crime.',
  'Anti-social behaviour hotspots had been identified and targeted with additional patrols.',
  'The Community Trigger gave victims of persistent anti-social behaviour the right to request a review.',
  'Restorative justice had been offered to victims where appropriate.',
  'Reoffending rates had fallen among those supported by the scheme.',
  'The probation service worked with partners to manage offenders in the community.',
  'Victims were referred to support services at the earliest opportunity.',
  `${P} said that the police were working closely with partners to tackle the issue.`,
  `${P} explained that the figures reflected changes in the way crimes were recorded.`,
];

const COUNCIL_BUSINESS = [
  'The council’s corporate plan set out its priorities for the next four years.',
  'The revenue budget and council tax for the coming year would be set by Full Council in February.',
  'The council faced a significant budget gap over the medium term.',
  'Savings proposals would be subject to consultation with residents and staff.',
  'Reserves were at a level considered sufficient by the Section 151 Officer.',
  'The annual governance statement had been approved by the Audit Committee.',
  'The internal audit plan had been agreed.',
  'The external auditor had issued an unqualified opinion on the accounts.',
  'Complaints received by the council had been dealt with within the required timescales.',
  'Freedom of information requests had increased compared with the previous year.',
  'The workforce strategy addressed recruitment, retention and staff wellbeing.',
  'Sickness absence had reduced during the year.',
  'The digital strategy would improve access to services online.',
  'The equality impact assessment had been completed and was attached to the report.',
  'The data protection implications had been considered.',
  'The legal implications were set out in the report.',
  'There were no financial implications arising directly from the report.',
  'The scrutiny committee had reviewed the decision and made a number of recommendations.',
  'The Cabinet Member had taken the decision following consideration by the committee.',
  'The decision would be published and was subject to call-in.',
  'The constitution had been amended to reflect the changes.',
  'The report was for information and discussion.',
  'The committee was asked to consider the report and make any comments or recommendations.',
  'Members were reminded that the item contained exempt information.',
  'The task and finish group had completed its review and its report was attached.',
  'The working party would report its findings to the next meeting.',
  'A briefing session for Members would be arranged.',
  'Members were encouraged to attend the training sessions.',
  `${P} explained that the proposals were still at an early stage of development.`,
  `${P} undertook to provide Members with a breakdown of the figures.`,
  `${P} agreed to find out and let Members know.`,
  `${P} noted the points raised and agreed to take them into account.`,
  `${P} said that he would be happy to provide further information.`,
  `${P} said that she would be happy to provide further information.`,
  `${P} said that they would report back to a future meeting.`,
];

/** The services stock, one paragraph per string. */
export const STOCK_SERVICES: readonly string[] = [...HEALTH_AND_CARE, ...CHILDREN_AND_EDUCATION, ...HOUSING_AND_PLANNING, ...PLACE_AND_ENVIRONMENT, ...POLICING_AND_SAFETY, ...COUNCIL_BUSINESS];
