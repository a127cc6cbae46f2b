package org.migrationmodel.suggester;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.SupportedLanguage;
import org.migrationmodel.text.TermSuggestion;
import org.migrationmodel.text.TextClassification;

/**
 * Whether a text is about migration, on texts written for this test: clear programmes about people
 * on the move in each language, programmes about other needs that any programme meets, and the
 * cases in between.
 */
class AboutMigrationTest {
  private final Suggester suggester = Suggester.standard();

  /** About 50 words on maternal health, with no word of migration in it. */
  private static final String HEALTH =
      "The programme trains midwives and community health workers in four rural districts, equips"
          + " twelve health centres with delivery kits and solar power, and runs outreach sessions"
          + " on antenatal care, nutrition and family planning. District health teams receive"
          + " supervision visits and a simple reporting tool, and referral transport is organised"
          + " for obstetric emergencies so that fewer mothers and newborns die at home.";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Reintegration of returnees in Kosovo|Returning migrants receive counselling, vocational"
            + " training and small grants to start again in their communities of origin.",
        "Appui aux personnes déplacées internes au Burkina Faso|Le projet distribue des abris et"
            + " des articles non alimentaires aux familles déplacées par les violences.",
        "Gestión de fronteras en Centroamérica|El proyecto capacita a los agentes de migración en"
            + " los pasos fronterizos y mejora el registro de las entradas y salidas.",
        "Labour migration governance in the Gulf|",
        "Ethical hiring of caregivers for Hong Kong households|Licensed recruitment agencies,"
            + " no recruitment fees charged to workers, checked job offers and contract"
            + " substitution monitored before placement.",
        // the terms of the IASC Shelter and NFI cluster, whose work serves people displaced
        "Emergency shelter after the cyclone|Shelter kits and non-food items for the families whose"
            + " houses the cyclone destroyed.",
        "Abris d'urgence après le cyclone|Des kits d'abris et des articles non alimentaires pour les"
            + " familles dont le cyclone a détruit la maison.",
        "Refugio de emergencia tras el huracán|Kits de albergue y artículos no alimentarios para las"
            + " familias cuyas casas destruyó el huracán.",
        // the displaced people themselves still name displacement
        "Appui aux personnes déplacées|Le déplacement forcé de milliers de familles; assistance aux"
            + " déplacés internes.",
        "Respuesta al desplazamiento|Atención a la población desplazada por la violencia y"
            + " prevención del desplazamiento.",
        // a returnee alone, now that the word is matched as written
        "Apoyo a cada retornado|Cada retornado recibe orientación y capital semilla.",
        // trafficking described in its own words, without a word of migration, from one country
        // to another
        "Mujeres paraguayas captadas con ofertas falsas de empleo|La explotación sexual de las"
            + " víctimas en Argentina, la identificación de víctimas y su protección.",
        // labour mobility described, with the visas that only a migration programme arranges
        "Apprentis marocains dans l'hôtellerie|Un stage de six mois en entreprise: le projet"
            + " sélectionne les stagiaires, organise leurs visas et leur hébergement et valide les"
            + " compétences au retour.",
        // remittances described by who sends them, without the word
        "Cheaper transfers home|Nepalese workers in Qatar send home part of their wages; the"
            + " project lowers fees and teaches financial literacy to the families."
      })
  void aTextAboutPeopleOnTheMoveOrTheirMovementIsAboutMigration(String title, String description) {
    TextClassification classification =
        suggester.classify(title, description == null ? "" : description);

    assertThat(classification.aboutMigration()).isTrue();
    assertThat(classification.activities()).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Support to the national programme for disengaged combatants|Rehabilitation centres offer"
            + " vocational training and counselling to the men before they go back to their"
            + " communities.|FORMER_COMBATANTS",
        "Girls formerly associated with armed groups in the Kasai|Case management, schooling and"
            + " psychosocial care for the girls who left the armed groups.|FORMER_COMBATANTS",
        "Réinsertion des enfants anciennement associés aux groupes armés|Le projet offre un"
            + " accompagnement psychosocial, une scolarisation et une formation professionnelle.|"
            + "FORMER_COMBATANTS",
        "Malaria control in the Mekong|Testing and treatment at the border, for safe"
            + " cross-border movements during the outbreak.|BORDER_MANAGEMENT",
        "COVID-19 prevention with border communities|Awareness campaigns in the communities"
            + " along the border with Guinea.|BORDER_MANAGEMENT",
        "Control of the border with Colombia|Patrols and new equipment for the officers who"
            + " check travellers crossing the border.|BORDER_MANAGEMENT",
        "Protection of migrants at border crossing points|Border officials screen and refer"
            + " migrants and victims of trafficking to protection services.|BORDER_MANAGEMENT",
        // resettlement is context for "about migration", yet still names its activity
        "Réinstallation au Canada|Sélection, examens médicaux et orientation avant le départ des"
            + " familles réinstallées au Canada.|RESETTLEMENT",
        "Training for the immigration authorities of Malawi|Officers learn to examine"
            + " applications and to keep case files.|VISA_ENTRY_AND_STAY_SYSTEMS",
        "Appui aux autorités migratoires du Niger|Le projet forme le personnel à l'accueil du"
            + " public.|VISA_ENTRY_AND_STAY_SYSTEMS",
        "Fortalecimiento de la autoridad migratoria de Panamá|El proyecto capacita al personal en"
            + " la atención al público.|VISA_ENTRY_AND_STAY_SYSTEMS",
        // the field's compounds of displacement name it, though the bare word has two senses
        "Livelihoods in the Sahel|Cash, seeds and tools for households affected by displacement"
            + " and for the villages around them.|INTERNALLY_DISPLACED_PERSONS",
        // where a programme works is not what it does: border areas were border management
        "Schools for refugee children in the border areas of Chad|Classrooms, teachers and school"
            + " meals for refugee children and the children of the host communities.|"
            + "ASYLUM_AND_REFUGEES",
        "Apoyo a las comunidades de acogida en las zonas fronterizas|Salud, educación y empleo"
            + " para las familias refugiadas y migrantes y para las comunidades que las acogen.|"
            + "ASYLUM_AND_REFUGEES",
        // a host country is where refugees are, not where they are resettled
        "Intégration des réfugiés centrafricains au Cameroun|Les communes du pays d'accueil"
            + " reçoivent des fonds pour les écoles et les centres de santé qui servent les"
            + " réfugiés et la population locale.|ASYLUM_AND_REFUGEES",
        // the socio-professional insertion of returnees is their reintegration; it was returning
        // professionals ("professionnels de retour")
        "Insertion socio-professionnelle des migrants de retour à Kayes|Des microprojets et une"
            + " formation pour les migrants de retour et les jeunes de leurs communautés.|"
            + "ASSISTED_RETURN_AND_REINTEGRATION"
      })
  void aTextAboutMigrationPointsFirstToTheActivityItsWordsDescribe(
      String title, String description, Activity activity) {
    TextClassification classification = suggester.classify(title, description);

    assertThat(classification.aboutMigration()).isTrue();
    assertThat(classification.activities())
        .extracting(TermSuggestion::term)
        .first()
        .isEqualTo(activity);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Maternal health in rural districts|" + HEALTH,
        "Water, sanitation and hygiene in schools|Latrines, handwashing stations and hygiene"
            + " clubs in 40 primary schools; school committees maintain the water points.",
        "Climate-smart agriculture for smallholder farmers|Drought-tolerant seed, irrigation and"
            + " savings groups strengthen the livelihoods and resilience of farming households"
            + " after the floods; the recovery plan is led by local authorities.",
        "Local governance and peaceful elections|Voter education, training of polling staff,"
            + " support to the electoral commission and dialogue for social cohesion and"
            + " peacebuilding in the districts.",
        "Renforcement du système de santé|Le projet équipe les centres de santé, forme le"
            + " personnel et soutient la vaccination des enfants de moins de cinq ans.",
        "Agua potable y saneamiento rural|Sistemas de agua potable, letrinas y capacitación en"
            + " higiene para comunidades rurales, con apoyo a los medios de vida y la resiliencia.",
        // words of context alone: transport speaks of mobility and transit too
        "Low-carbon urban mobility|Rapid transit, cycling lanes and public transport for growing"
            + " cities; city mobility plans cut emissions and improve the mobility of commuters.",
        // goods and waste cross borders too
        "Hazardous waste under the Basel Convention|Customs officers are trained to detect illegal"
            + " cross-border movements of hazardous wastes, and the ministry's inventory of"
            + " chemicals is brought up to date.",
        // assets and whales are stranded too, and an energy transition is no transit
        "Energy transition and stranded assets|Coal plants retire early as the power sector moves"
            + " to renewables; the fund buys out the plants before their assets are stranded.",
        "Protección de ballenas varadas|Rescate de ballenas y delfines varados en la costa del"
            + " Pacífico.",
        // rootedness in a culture, and seasonal farm work, whoever does it
        "Arraigo cultural de las comunidades indígenas|Fortalecimiento de la identidad y el arraigo"
            + " de las comunidades en sus territorios.",
        "Apoyo a temporeros agrícolas|Capacitación y seguridad laboral para temporeros de la"
            + " cosecha de fruta en la región del Maule.",
        // birds, fish and locusts migrate, and so do data
        "Conservation of migratory soaring birds along the flyway|Migratory birds and other"
            + " migratory species are protected by the energy, hunting and tourism sectors.",
        "Upgrade of the financial management information system|Data migration from the legacy"
            + " system, migration to the cloud and training of users.",
        "Migration des données du système comptable|La migration des données vers le nouveau"
            + " logiciel et la formation des utilisateurs.",
        "Conservación de aves migratorias|Protección de las especies migratorias y de sus"
            + " humedales en el corredor del Pacífico.",
        // the resettlement plan of a road project moves no refugee
        "Rural roads improvement project|Rehabilitation of 300 km of rural roads. A Resettlement"
            + " Action Plan covers the households affected, in line with the Resettlement Policy"
            + " Framework and the standard on involuntary resettlement.",
        // drugs, wildlife and arms are trafficked too, and profits repatriated
        "Countering drug trafficking in West Africa|Support to anti-narcotics units against drug"
            + " trafficking and money laundering at airports and seaports.",
        "Combating wildlife trafficking|Rangers and prosecutors fight wildlife trafficking and the"
            + " poaching of elephants and rhinos.",
        "Small arms control|Reducing arms trafficking and the trafficking of firearms across the"
            + " region.",
        "Investment climate reform|Rules on the repatriation of profits and the repatriation of"
            + " capital by foreign investors.",
        // fuels displaced, trees uprooted, expatriate staff, a contractor demobilized
        "Solar mini-grids for rural health centres|Solar power displaces diesel generation, and"
            + " the displacement of fossil fuels cuts emissions.",
        "Cyclone recovery|Clearing trees uprooted by the cyclone from roads and schools.",
        "Technical assistance to the ministry of finance|Salaries of expatriate staff and of"
            + " national consultants; the expatriate team advises on budget reform.",
        "Bridge construction|Mobilization and demobilization of the contractor's equipment, and"
            + " construction of the bridge deck.",
        "Customs modernisation|Customs officers fight the smuggling of goods and cigarette"
            + " smuggling.",
        // acronyms and words that name migration work only beside other words of it
        "Water supply for the Cantonment Board|New pipes and a reservoir for the cantonment.",
        "Municipal roads in Serbia|A budget of 12,000,000 RSD for paving municipal roads.",
        "Flood mapping|A digital terrain model (DTM) from lidar surveys maps the flood plains.",
        // a trip: "déplacement" and "desplazamiento" are travel as often as displacement
        "Appui au système de santé|Le projet couvre les frais de déplacement des agents de santé et"
            + " les déplacements des superviseurs dans les districts.",
        "Sécurité routière|Réduire les accidents lors des déplacements des élèves vers l'école.",
        "Movilidad urbana sostenible|Desplazamientos en bicicleta y a pie en la ciudad.",
        "Fortalecimiento de la atención primaria|Gastos de desplazamiento del personal técnico y"
            + " desplazamiento de los equipos a las comunidades.",
        // doctors without borders, irregular rains, expatriate staff
        "Appui à Médecins Sans Frontières|Soins de santé primaires avec Médecins Sans Frontières"
            + " dans les zones frontières du nord.",
        "Adaptation agricole|Les pluies irrégulières et les récoltes irrégulières menacent les"
            + " agriculteurs.",
        "Agricultura y clima|Lluvias irregulares y asentamientos irregulares en la periferia.",
        "Appui budgétaire|Le personnel expatrié et les experts expatriés appuient le ministère des"
            + " finances.",
        // the agricultural frontier is no border
        "Control de la deforestación|Frenar la expansión de la frontera agrícola y de la frontera"
            + " ganadera en la Amazonía.",
        // a shipment of vaccines is no remittance
        "Vacunación contra COVID-19|Llegó una remesa de vacunas y otra remesa de medicamentos para"
            + " los centros de salud.",
        // a shelter is not a refugee
        "Refugio para mujeres víctimas de violencia doméstica|Atención psicológica y legal a las"
            + " mujeres y a sus hijos en el refugio municipal.",
        // a border is a place: cross-border cooperation, trade, animal health and power lines
        "Cross-border cooperation programme Serbia - Bosnia and Herzegovina|Joint projects of"
            + " municipalities and small businesses on both sides of the border: tourism routes,"
            + " protection of the Drina river and skills for young people in the border region"
            + " and across the borders.",
        "Cross-border trade facilitation in the Great Lakes|Small-scale traders cross the border"
            + " daily to sell farm produce; the project simplifies customs procedures and builds"
            + " stalls at the border markets.",
        "Animal health along the border|Vaccination of cattle in the districts bordering Kenya"
            + " and surveillance of livestock markets near the border; cross-border movement of"
            + " livestock is recorded.",
        "Programme de coopération transfrontalière Sénégal-Gambie|Le programme finance des"
            + " projets communs des collectivités des deux côtés de la frontière: marchés, pistes"
            + " rurales et gestion des forêts dans la zone frontalière.",
        "Programa de cooperación transfronteriza Perú-Ecuador|El programa financia proyectos"
            + " conjuntos de los municipios de ambos lados de la frontera en agua potable, caminos"
            + " rurales y turismo en la zona fronteriza.",
        // words that a stemmer joins to words of migration: sport to deportees, a return on
        // investment to returnees, moving a pharmacy or production to the displaced, draining
        // water to evacuees, sheltering from a cyclone to refugees
        "Escuelas deportivas en los barrios|El deporte y las actividades deportivas para"
            + " jóvenes, con entrenadores y deportistas voluntarios.",
        "Agua potable rentable|El retorno económico de la inversión en agua potable y envases"
            + " retornables.",
        "Nouveau bâtiment de la clinique|Les services se déplacent vers le nouveau bâtiment; on"
            + " déplacera aussi la pharmacie.",
        "Energía renovable en la industria|Las empresas desplazan la producción hacia zonas con"
            + " energía renovable y desplazarán sus plantas.",
        "Assainissement urbain|Caniveaux pour l'évacuation des eaux pluviales et l'évacuation des"
            + " eaux usées.",
        "Drenaje urbano|Obras para la evacuación de aguas pluviales y la evacuación de aguas"
            + " residuales.",
        "Abris anticycloniques|Les familles peuvent se réfugier dans les abris; elles se"
            + " réfugient dans les écoles.",
        // other senses: a home for the elderly, drug traffickers, evictions, a payment card, a
        // diplomatic agreement
        "Mejoras en el asilo de ancianos|Cocina, enfermería y atención a las personas mayores"
            + " residentes en el asilo de ancianos.",
        "Lutte contre les trafiquants de drogue|Formation des douaniers contre le trafic de"
            + " drogue et les trafiquants de drogue dans les ports.",
        "Prévention des expulsions locatives|Médiation entre locataires et propriétaires pour"
            + " prévenir les expulsions locatives.",
        "Digital payments for farmers|Prepaid Visa cards and a partnership with Visa and"
            + " Mastercard let cooperatives pay farmers.",
        "Host country agreement for the regional centre|The government signs a host country"
            + " agreement giving the research centre privileges and immunities.",
        "Skills passport for apprentices|A skills passport records what young people learn in"
            + " apprenticeships; employers read the skills passport.",
        "Retraining displaced workers|Displaced workers of the closed textile plants receive"
            + " retraining and job placement.",
        // going home is what patients, mothers and pupils do too; an audit's undocumented spending
        "Home-based care after discharge|After discharge, patients return home and community"
            + " nurses visit them; those who returned home early receive follow-up calls.",
        "Maternity waiting homes|Women stay near the hospital before delivery and go home with"
            + " their newborns after postnatal checks; few mothers go home before the checks.",
        "Back to school after COVID-19|Pupils were sent home when schools closed; the project"
            + " helps them return to school and catch up.",
        "Audit of district health spending|The audit found undocumented expenditures and"
            + " undocumented payments in two districts.",
        // every health and labour programme speaks of doctors, nurses, retention, contracts and
        // decent work: words of support, which describe no movement however many they are
        "Health workforce plan|The national health workforce plan trains doctors, nurses and"
            + " midwives for district hospitals.",
        "Decent work on plantations|The programme checks contracts, wages and housing of farm"
            + " workers on tea plantations, and supports the labour ministry's inspectors and"
            + " employers.",
        "Personnel de santé|Le plan national forme des médecins, des infirmiers et des"
            + " sages-femmes pour les hôpitaux de district et améliore la rétention du personnel"
            + " de santé.",
        "Travail décent dans les plantations|Le programme contrôle les contrats, les salaires et"
            + " le logement des ouvriers agricoles et appuie les inspecteurs du ministère du"
            + " travail.",
        "Talento humano en salud|El plan nacional forma médicos, enfermeras y parteras para los"
            + " hospitales de distrito y mejora la retención del personal de salud.",
        "Trabajo decente en las plantaciones|El programa verifica los contratos, los salarios y la"
            + " vivienda de los trabajadores agrícolas y apoya a los inspectores del ministerio de"
            + " trabajo.",
        // a city's resettlement of its street vendors is not the resettlement of refugees
        "Resettlement of informal traders|Street vendors relocated from the city centre get"
            + " stalls in a new market.",
        // associated with a trade union, not with an armed group
        "Pensions for former miners|Former employees of the mine, formerly associated with the"
            + " union, receive their pensions and health insurance.",
        // a word of two senses said again and again in the description: data, birds, goods
        "Modern public finance systems|The ministry's accounting records move to a new platform:"
            + " the migration covers payroll and treasury, and staff are trained after the"
            + " migration.",
        "Wetlands on the flyway|Counts of waterbirds during the spring migration and the autumn"
            + " migration guide the protection of stopover sites.",
        "Coast guard equipment|Patrol boats against trafficking at sea; customs officers trained"
            + " to detect trafficking of contraband.",
        "Systèmes de finances publiques|La migration couvre la paie et le trésor; le personnel est"
            + " formé après la migration.",
        "Sistemas de finanzas públicas|La migración abarca la nómina y la tesorería; el personal"
            + " recibe capacitación después de la migración.",
        // money moves, not people: the financial sector's own words
        "Financial inclusion for rural women|Mobile money agents, bank accounts for women farmers,"
            + " financial literacy and productive investment through savings groups.",
        "Inclusion financière des femmes rurales|Argent mobile, comptes bancaires, éducation"
            + " financière et investissement productif pour les groupements d'épargne.",
        "Inclusión financiera de mujeres rurales|Dinero móvil, cuentas bancarias, educación"
            + " financiera e inversión productiva en grupos de ahorro.",
        // the words of education, employment services and public administration, with no border
        // crossed
        "Higher education quality in Ethiopia|Public universities improve teaching; postgraduate"
            + " and doctoral programmes; scholarships for students; graduates and campus"
            + " facilities.",
        "Public employment services for youth|Job centres register job seekers, match them with"
            + " vacancies from employers, run job fairs and offer job placement.",
        "EU twinning with the statistics institute|Peer exchange with counterpart institutions,"
            + " short-term expert missions and knowledge transfer on national accounts.",
        "Bourses d'études supérieures|Des bourses pour les étudiants des universités publiques,"
            + " des programmes de master et de doctorat.",
        "Servicios públicos de empleo|Las oficinas registran a los buscadores de empleo, los"
            + " vinculan con vacantes de las empresas y organizan ferias de empleo.",
        // the French verb "viser" and an acronym's letters are not visas
        "Réduction de la pauvreté|La politique vise à réduire la pauvreté rurale; le régime vise"
            + " l'équilibre budgétaire.",
        "Resiliencia de la población LGBTI|Asociación COMCAVIS TRANS: el régimen VIS de vivienda de"
            + " interés social.",
        // qualified national staff are not qualified nationals who return, in any language
        "Strengthening the health workforce|The project recruits qualified national staff and"
            + " trains qualified national consultants for district hospitals.",
        "Renforcement de l'administration|Le projet forme le personnel national qualifié et"
            + " recrute des experts nationaux qualifiés.",
        "Fortalecimiento institucional|El proyecto contrata personal nacional calificado y forma a"
            + " profesionales nacionales calificados.",
        // a département is not a departure, childbirth is not a departure, nor a fiscal transfer
        // a remittance
        "Développement local|Les zones du département de Matam et les communes rurales; appui aux"
            + " collectivités.",
        "Atención previa al parto en zonas rurales|Control prenatal y traslado de las"
            + " embarazadas; atención del parto institucional.",
        "Décentralisation|Transfert de fonds de l'État aux collectivités territoriales et appui à la"
            + " gestion des finances locales.",
        // children treated abroad who go home, and goods' certificates of origin
        "Medical treatment abroad for children with heart disease|Children are referred for"
            + " surgery abroad and return home after treatment; follow-up in the national"
            + " hospital.",
        "Certificates for exporters|Exporters obtain certificates of origin and learn the rules"
            + " of origin and the country of origin labelling of goods in transit.",
        // other fields' IDPs, remittances, statelessness and asylums
        "Municipal planning|Municipalities prepare their Integrated Development Plans (IDPs); the"
            + " IDP review process and public participation in the IDP.",
        "Tax administration reform|Timely remittance of tax revenues to the treasury; VAT"
            + " remittances by businesses and withholding tax remittance are monitored.",
        "Digital public infrastructure|A stateless API gateway and stateless microservices for"
            + " government digital services.",
        "Mental health hospital|The former lunatic asylum becomes a psychiatric hospital with"
            + " community mental health services.",
        // law enforcement's and labour inspection's own words describe no smuggling or trafficking
        "The rule of law against organised crime|Prosecutors trained in financial investigations"
            + " and the prosecution of organised crime; police cooperation with neighbouring"
            + " states.",
        "Lucha contra el crimen organizado|Fiscales formados en investigaciones financieras y"
            + " lavado de activos; desarticulación de redes criminales y cooperación policial.",
        "Lutte contre le travail des enfants dans les mines|Les enfants quittent les mines d'or"
            + " pour l'école; les inspecteurs du travail luttent contre l'exploitation des enfants"
            + " et le travail forcé.",
        // treatment is not trafficking, in French and Spanish
        "Traitement des enfants malnutris|Le traitement des enfants atteints de malnutrition"
            + " aiguë; le traitement des personnes vivant avec le VIH.",
        "Buen trato en las escuelas|Prevención de malos tratos a niños y niñas; el trato a las"
            + " mujeres en los servicios de salud.",
        // animals migrate, and accounting systems are migrated
        "Conservation of migratory shorebirds on the Pacific coast|Rangers protect the mudflats"
            + " where the birds feed on their annual migration, and count them across their"
            + " migratory range.",
        "Aves playeras migratorias en los humedales del sur|Guardaparques protegen las zonas"
            + " donde las aves descansan y se alimentan durante su migración.",
        "Migration and modernization of the treasury's accounting systems|The ministry moves its"
            + " ledgers and payroll to a shared service provider and retires the old servers.",
        // goods cross borders too: trade facilitation is not border management
        "Trade facilitation in the Northern Corridor|The project cuts the time trucks spend at"
            + " border crossings by automating customs clearance; border crossing times fall from"
            + " three days to six hours.",
        "Modernisation of customs administrations|Electronic exchange of customs data between"
            + " neighbouring administrations for goods in transit, and fewer physical inspections"
            + " at the border crossings.",
        "Facilitation du commerce en Afrique de l'Ouest|Réduction des délais de passage aux"
            + " frontières pour les camions et interconnexion des systèmes douaniers aux postes"
            + " frontières.",
        // a border crossing in a title is a place that trucks and roads reach too
        "Safer border crossing for freight|Customs administrations exchange electronic transit"
            + " declarations for goods and trucks.",
        "Road access to the mountain border crossing|A new tunnel and bypass roads cut travel"
            + " times and transport costs on the corridor between the two countries.",
        // displaced people named once, in passing, are the people the programme serves, not its
        // work: "población desplazada" was the name of the displacement activity
        "Formación de maestros bilingües en Quiché|El proyecto forma a maestros bilingües de las"
            + " escuelas rurales, mejora los materiales didácticos en idioma maya y acompaña a las"
            + " direcciones departamentales de educación en la supervisión de las aulas. Las"
            + " comunidades, que fueron población desplazada durante la guerra, viven hoy de la"
            + " agricultura de subsistencia y del comercio local de café y artesanías. Se espera"
            + " que la matrícula, la asistencia y la permanencia de las niñas aumenten en los doce"
            + " municipios del proyecto, y que los consejos escolares gestionen mejor los fondos de"
            + " alimentación escolar.",
        // a dam wall and a bridge are displaced too
        "Safety of the Kariba dam|Sensors record the displacement of the dam wall and the seepage"
            + " through its foundation; engineers repair the plunge pool.",
        "Displacement monitoring of bridges|Sensors record the movement of piers and decks after"
            + " heavy rains.",
        // stolen money and looted objects are returned and repatriated too
        "Return of looted assets|Investigators trace stolen public funds abroad and negotiate"
            + " their return to the treasury.",
        "Rapatriement des avoirs illicites|Les enquêteurs suivent les avoirs détournés à"
            + " l'étranger et négocient leur restitution au Trésor public.",
        "Repatriación de bienes culturales|El museo devuelve piezas arqueológicas saqueadas y"
            + " forma a sus conservadores.",
        // the model's name for recovery is every recovery programme's phrase too
        "Flood emergency recovery loan|The loan rebuilds roads, dikes and schools damaged by the"
            + " floods, repairs the public buildings used as evacuation centres and supports the"
            + " affected population's transition to recovery.",
        // fishing boats, and the fish that migrate
        "Port de pêche artisanale de Kayar|Un quai pour les pirogues, des pontons pour les"
            + " embarcations et les bateaux de pêche côtière, financés par un don du Japon au"
            + " Sénégal.",
        "Sustainable management of migratory fisheries|Regional fisheries bodies set catch limits"
            + " for highly migratory species such as tuna across the exclusive economic zones of"
            + " the Pacific islands."
      })
  void aTextAboutOtherNeedsIsNotAboutMigrationAndGetsNoSuggestion(
      String title, String description) {
    TextClassification classification = suggester.classify(title, description);

    assertThat(classification.language()).isPresent();
    assertThat(classification.aboutMigration()).isFalse();
    assertThat(classification.activities()).isEmpty();
    assertThat(classification.crossCuttingActivities()).isEmpty();
    assertThat(classification.targetGroups()).isEmpty();
    assertThat(classification.isConfident()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "health",
        "water",
        "shelter",
        "livelihood",
        "protection",
        "emergency",
        "humanitarian assistance",
        "lives",
        "life-saving",
        "in-kind",
        "for good",
        "status",
        "outbreak",
        "recovery",
        "resilience"
      })
  void aNeedThatAnyProgrammeMeetsDoesNotMakeATextAboutMigration(String words) {
    assertThat(suggester.classify(words, words).aboutMigration()).isFalse();
  }

  /** A phrase of another sense keeps only its own words from counting. */
  @Test
  void aTextOnTraffickingInPersonsThatAlsoNamesDrugTraffickingIsCounterTrafficking() {
    TextClassification classification =
        suggester.classify(
            "Countering drug trafficking and trafficking in persons",
            "Border police learn to identify the victims of trafficking.");

    assertThat(classification.aboutMigration()).isTrue();
    assertThat(classification.activities().get(0).term()).isEqualTo(Activity.COUNTER_TRAFFICKING);
  }

  /** A phrase of another sense matches only as written: data on migration is not data migration. */
  @Test
  void dataOnMigrationIsAboutMigration() {
    TextClassification classification =
        suggester.classify(
            "Better data on migration",
            "Statistics offices publish data on migration and on access to services.");

    assertThat(classification.aboutMigration()).isTrue();
  }

  @Test
  void aLongTextThatNamesRefugeesOnceInPassingIsNotAboutMigration() {
    String inPassing =
        HEALTH.replace(
            "four rural districts", "four rural districts, two of them hosting refugees");

    assertThat(suggester.classify("Maternal health in rural districts", inPassing).aboutMigration())
        .isFalse();
  }

  /** One phrase of tier 2 is not enough alone; "mobility" supports it, "mobile" does not. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ENGLISH|two mobile clinics, community mobilisation and resource mobilization|host"
            + " communities|false",
        "FRENCH|deux cliniques mobiles et la mobilisation communautaire|communautés d'accueil|false",
        "SPANISH|dos clínicas móviles y la movilización comunitaria|comunidades de acogida|false",
        "ENGLISH|the mobility of workers|host communities|true",
        "FRENCH|la mobilité des travailleurs|communautés d'accueil|true",
        "SPANISH|la movilidad de los trabajadores|comunidades de acogida|true"
      })
  void mobilitySupportsAPhraseOfMigrationButMobileAndMobilisationDoNot(
      SupportedLanguage language, String words, String hosts, boolean aboutMigration) {
    String description = HEALTH + " " + words + ", " + hosts + ".";

    assertThat(
            suggester
                .classify("Maternal health in rural districts", description, language)
                .aboutMigration())
        .isEqualTo(aboutMigration);
  }

  /**
   * A phrase that names an activity names migration as the field writes it; found with a word of
   * the text inside it, only in the title, whose few words name the subject.
   */
  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a phrase with a word inside it names migration only in the title
        "Housing in the capital|The project offers assisted return to families from the"
            + " capital.|true",
        "Housing in the capital|The project offers assistance to families to return from the"
            + " capital.|false",
        "Prévenir la traite des jeunes filles|Des ateliers dans les écoles et une ligne"
            + " d'écoute.|true",
        // the bare word "migration" needs the field's words around it, or another phrase beside it
        "Root causes of migration in the Sahel|Jobs and skills for young people.|true",
        "Gouvernance des migrations au Sénégal|Appui au ministère et aux collectivités.|true",
        "Apoyo a la gobernanza migratoria|Asistencia técnica al ministerio.|true",
        "Youth employment in rural districts|Training and jobs where migration is high and many"
            + " young people return from the cities.|true",
        "Modern accounting|The migration covers payroll and treasury; staff are trained after the"
            + " migration.|false"
      })
  void aPhraseNamesMigrationByWhereItStandsAndWhatStandsBesideIt(
      String title, String description, boolean aboutMigration) {
    assertThat(suggester.classify(title, description).aboutMigration()).isEqualTo(aboutMigration);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Investment promotion|The agency attracts foreign direct investment and foreign investors"
            + " from their country of origin and abroad; aftercare services and the return on"
            + " investment.",
        "Promoción de inversiones|La agencia atrae inversión extranjera directa e inversionistas"
            + " extranjeros de su país de origen y del exterior; retorno de la inversión."
      })
  void foreignInvestorsAndAReturnOnInvestmentSuggestNoActivity(String title, String description) {
    TextClassification classification = suggester.classify(title, description);

    assertThat(classification.activities()).isEmpty();
    assertThat(classification.isConfident()).isFalse();
  }

  @Test
  void oneTermOfTheShelterClusterSaidOnceInADescriptionIsNotEnough() {
    assertThat(
            suggester
                .classify("Housing after the floods", "Emergency shelter for the families.")
                .aboutMigration())
        .isFalse();
  }

  @Test
  void aBanksLoanOrCreditFinancesAProgrammeAndIsNoMicroCredit() {
    TextClassification classification =
        suggester.classify(
            "Jobs for refugees in Jordan",
            "An IBRD loan and an IDA credit finance reforms that give Syrian refugees work permits"
                + " and access to the formal labour market.");

    assertThat(classification.aboutMigration()).isTrue();
    assertThat(classification.activities())
        .extracting(TermSuggestion::term)
        .isNotEmpty()
        .doesNotContain(Activity.MICRO_CREDIT_SCHEMES);
  }

  @Test
  void aLongTextThatNamesOutMigrationOnceIsAboutMigration() {
    String outMigration =
        HEALTH.replace("four rural districts", "four rural districts of high out-migration");

    assertThat(
            suggester.classify("Maternal health in rural districts", outMigration).aboutMigration())
        .isTrue();
  }

  @Test
  void theSameTextWithRefugeesInItsTitleIsAboutMigration() {
    assertThat(
            suggester
                .classify("Maternal health for refugees and their hosts", HEALTH)
                .aboutMigration())
        .isTrue();
  }

  @Test
  void aLongTextThatNamesTheMigrationAgencyIsAboutMigrationEvenOnce() {
    TextClassification classification =
        suggester.classify("Maternal health in rural districts", "With IOM, " + HEALTH);

    assertThat(classification.aboutMigration()).isTrue();
    assertThat(classification.crossCuttingActivities())
        .extracting(s -> s.term().code())
        .contains("MIGRATION_HEALTH");
  }

  @Test
  void aShortTextThatNamesMigrantsOnceIsAboutMigration() {
    assertThat(suggester.classify("", "Health care for migrants at the border.").aboutMigration())
        .isTrue();
  }

  @Test
  void aTextInALanguageTheSuggesterDoesNotReadSaysSoAndSuggestsNothing() {
    TextClassification classification =
        suggester.classify(
            "Stöd till flyktingar och migranter",
            "Projektet ger skydd och rådgivning till flyktingar och migranter som har kommit till"
                + " Sverige, och stöder deras integration på arbetsmarknaden.");

    assertThat(classification.languageTag()).isEqualTo("sv");
    assertThat(classification.language()).isEmpty();
    assertThat(classification.aboutMigration()).isFalse();
    assertThat(classification.activities()).isEmpty();
  }

  @Test
  void aTextAboutDisplacementPointsToTheDisplacementActivity() {
    TextClassification classification =
        suggester.classify(
            "Camp coordination for internally displaced persons",
            "Site management, shelter and non-food items for families displaced by the conflict.");

    assertThat(classification.activities())
        .extracting(TermSuggestion::term)
        .first()
        .isEqualTo(Activity.INTERNALLY_DISPLACED_PERSONS);
  }
}
