"""Medical content: the lexicon and the one test that says whether a unit of text carries any.

    if is_medical(key(unit), "open"):   # boilerplate.key: lower case, punctuation to spaces, digits to "0"
        keep(unit)                      # mining, courtesy peeling and the sign-off rule never remove it

Cleaning removes boilerplate from the edges of doctors' answers and must never remove a medical sentence;
this test is the guard, so it errs on the side of medical. It is broad by design: answers come from
thousands of writers, and held-out text uses words nobody listed, so the lexicon names whole categories
(body, symptoms, conditions, drugs and their forms, tests, care, lifestyle, time courses) rather than the
words of any one test set. It leaves out what courtesy is made of ("hope", "help", "care", "health",
"recovery", "well", "soon", "feel", "query", "concern", "problem", "history", "reports", "family", "worry"):
those words stand in greetings and wishes as often as in advice.

A key is medical when one of its words

- is one of WHOLE (short stems, doses, a few words whose longer forms mean something else), or
- starts with a stem of the category lists (stems of four letters or more; shorter ones are whole words), or
- ends with a drug ending after at least two letters ("sertraline", "losartan", "warfarin") or a condition's or
  procedure's ("pyelonephritis", "cholecystectomy");

or when it holds a PHRASES pattern ("x ray", a number with a time unit: "for 0 days", "every six hours"),
or a word of NEGATION (anywhere) or HEDGE (at the opening only: "If so," opening an answer carries its
logic, while a closing "Ask me again if you have doubts." is an invitation).

Speed: the words of a key are looked up one by one (a set per stem length, cached per word), not matched by
one alternation regex of some 1,300 stems (about 13 times slower, docs/data.md): a word costs a few set
lookups, and the same words recur across keys.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Body parts, organs, tissues and fluids.
BODY = """
abdom belly navel umbilic groin armpit axilla buttock hip thigh knee calf ankle heel toe toenail finger
thumb palm wrist elbow forearm shoulder collarbone clavic scapul neck throat tongue tonsil gum gums teeth tooth
molar jaw lip lips mouth palate saliva nose nostril nasal sinus ear ears eardrum eyelid eyebrow eye eyes retin
cornea scalp forehead skull brain spine spinal vertebra lumbar cervic coccyx tailbone pelvi bladder urethr
kidney renal liver hepat gall pancrea spleen stomach bowel intestin colon rectum rectal anus esophag
oesophag appendi lung bronch trachea windpipe diaphragm heart cardi arter vein capillar aorta lymph gland
thyroid adrenal pituitar ovar ovul uter womb vagin vulva labia clitor penis penile foreskin testic testes
scrot prostat breast nipple chest rib ribs sternum skin hair nail nails bone bones joint muscl tendon ligament
cartilag nerv tissu blood cell marrow plasma platelet limb limbs leg legs arm arms foot feet hand head facial
body torso waist hernia cheek gland semen sperm mucus mucous urin stool faec fece menstru placent canal fetus
foetus embryo disc gastr immun respir period ureter nephr"""
# Symptoms and signs.
SYMPTOMS = """
ache aches aching achy pain sore hurt hurts hurting swell swollen lump bump rash itch hives blister bruis
bleed bled fever feverish temperatur chills sweat sweats sweating sweaty sneez wheez breath congest phlegm
sputum snor hoarse nause vomit retch diarrh constip bloat flatul gas burp belch heartburn reflux indigest
cramp spasm stiff numbness tingl weak weakness fatig tired tiredness exhaust letharg drows dizz vertigo
faint giddi giddy headach migrain blur floater floaters flashes vision tinnitus deaf discharg pus odour
odor smell smelly palpitat jaundic pale pallor thirst incontin leak spots spotting patches pimple wart mole
dandruff scab crust oozing ooze flaky flaking peeling scaly redness inflam sting burn burning bite bites bitten tremor
seizure convuls paralys palsy stroke slur slurred memory forgetful panic depress mood suicid harm
lesion ulcer wound cut cuts scrape injur trauma sprain strain fractur dislocat hemorrh haemorrh clot discolo
collaps unconsc conscious chok appetit insomni cough cold phlegm lethargic puff puffy sick flush drool squint
symptom scar stress swallow digest acid worse worsen"""
# Diseases and conditions, by their common names as well as clinical ones.
CONDITIONS = """
diseas disorder syndrome infect cancer tumor tumour malignan benign carcinom lymphom leukem leukaem sarcom
melanom metasta diabet hypertens hypotens asthma copd emphysem pneumon tubercul tb covid corona influenza
flu chickenpox smallpox monkeypox mpox pox measles mumps rubella shingles herpes zoster varicel thrush candida
yeast fungal fungus ringworm tinea scabies worms threadworm malaria dengue typhoid cholera hiv aids
std stds sti stis sexually gonorr chlamyd syphil hpv uti utis cystitis piles hemorrhoid haemorrhoid
fissure fistula ibs ibd crohn colitis celiac coeliac gerd gastrit pancreat cirrho anaem anem thalass
sickle hemophil haemophil arthr osteo gout lupus psoria eczema dermatit urticar vitiligo rosacea alopecia
sciatica spondyl scoliosis migraine epilep parkinson alzheimer dementia autis adhd ocd ptsd bipolar schizo
phobia allerg sinusit otitis glaucoma cataract conjunct stye myopia pcos pcod endometri fibroid infertil
fertil miscarr abort ectopic eclamps menopaus pms impoten erectile erection ejaculat libido varic hydrocele
goiter goitre obes overweight underweight malnutri dehydr heatstroke sunburn frostbite concuss whiplash
tetanus rabies leprosy polio diphther pertussis whooping croup colic teething apnea apnoea narcolep anorex
bulimi addict overdos pinworm tapeworm hookworm roundworm corns callus
poison sepsis septic gangren cellulit abscess boil boils carbuncle cyst lipoma keloid
angina arrhythm fibrillat murmur aneurysm thrombo embol dvt edema oedema neuropath neuralg sclerosis
myasthen dystroph cerebr meningit enceph hydroceph hernia acne eczema jaundice anxi insomnia tonsillit
appendicit bronchit laryngit pharyngit sinus cholesterol prediabet glaucom deficien intoleran bacteri chronic organism
hyper hypo pregnan toxic viral virus derma"""
# Drugs: the most used generics, as stems (their long names are safe prefixes) and endings.
DRUGS = """
paracetamol acetaminophen aspirin diclofenac naproxen aceclofenac mefenamic nimesulide tramadol codeine
morphine oxycodone fentanyl gabapentin pregabalin amitriptyl nortriptyl duloxetine sertraline fluoxetine
paroxetine escitalopram citalopram venlafaxine mirtazapine trazodone bupropion lithium valpro carbamazep
lamotrigine levetiracetam phenytoin topiramate clonazepam diazepam lorazepam alprazolam zolpidem melatonin
quetiapine olanzapine risperidone aripiprazole haloperidol metformin glimepiride gliclazide glipizide
sitagliptin vildagliptin linagliptin dapagliflozin empagliflozin pioglitazone insulin semaglutide
liraglutide levothyrox thyroxine carbimazole methimazole amlodipine nifedipine losartan telmisartan
valsartan olmesartan enalapril ramipril lisinopril atenolol metoprolol bisoprolol propranolol carvedilol
nebivolol hydrochlorothiazide chlorthalidone furosemide frusemide torsemide spironolactone digoxin warfarin
heparin enoxaparin apixaban rivaroxaban dabigatran clopidogrel ticagrelor atorvastatin rosuvastatin
nitroglycerin isosorbide amiodarone omeprazole pantoprazole esomeprazole rabeprazole lansoprazole ranitidine
famotidine domperidone ondansetron metoclopramide loperamide lactulose bisacodyl senna psyllium isabgol
mesalamine sucralfate simethicone amoxicillin ampicillin cloxacillin augmentin clavulan azithromycin
clarithromycin erythromycin doxycycline minocycline tetracycline ciprofloxacin levofloxacin ofloxacin
norfloxacin cefa cefe cefi cefo cefp cefu ceft ceph metronidazole tinidazole nitrofurantoin fosfomycin
cotrimoxazole trimethoprim sulfamethoxazole linezolid vancomycin gentamicin clindamycin mupirocin fusidic
acyclovir aciclovir valacyclovir oseltamivir tenofovir fluconazole itraconazole clotrimazole miconazole
terbinafine griseofulvin nystatin albendazole mebendazole ivermectin permethrin chloroquine
hydroxychloroquine artemether primaquine prednisolone prednisone dexamethasone hydrocortisone betamethasone
mometasone fluticasone budesonide beclomethasone clobetasol triamcinolone salbutamol albuterol formoterol
salmeterol tiotropium ipratropium montelukast theophylline cetirizine levocetirizine loratadine
desloratadine fexofenadine chlorpheniramine diphenhydramine promethazine hydroxyzine sildenafil tadalafil
finasteride dutasteride tamsulosin alfuzosin oxybutynin tolterodine misoprostol mifepristone progesterone
progestin estrogen oestrogen estradiol norethisterone levonorgestrel clomiphene letrozole tamoxifen
methotrexate isotretinoin tretinoin adapalene benzoyl salicylic minoxidil calamine lidocaine lignocaine
povidone chlorhexidine zinc magnesium potassium sodium folic folate cobalamin biotin cholecalciferol
calcitriol ferrous multivitamin probiotic electrolyt glycerin colchicine allopurinol febuxostat denosumab
tacrolimus cyclosporin ciclosporin azathioprine mycophenol sulfasalazine leflunomide glucosamine diosmin
etoricoxib celecoxib baclofen tizanidine thiocolchicoside cyclobenzaprine methocarbamol betahistine
cinnarizine meclizine dimenhydrinate naloxone naltrexone buprenorphine methadone nicotin varenicline
disulfiram acamprosate epinephrine adrenaline atropine oxytocin penicillin iodine antihistamin benadryl
ors zinc calcium iron vitamin calci salin hydroxyurea deferasirox eltrombopag teriparatide ulipristal
methylergometrine tranexamic etamsylate rifaximin linaclotide nitazoxanide praziquantel pyrantel niclosamide
ivabradine sevelamer cinacalcet efavirenz fondaparinux trospium cefd pyrazinamide isoniazid rifampicin"""
# Endings of drug names (at least two letters before): SSRIs, triptans, calcium blockers, sartans, gliptins,
# heparins...; and of specialists ("endocrinologist", "psychiatrist").
DRUG_ENDINGS = """
cillin mycin micin azole prazole olol alol ilol pril sartan statin tidine idine profen amol formin zine pine
pam lam cycline floxacin oxacin vir mab dronate sone lone oxetine triptan dipine gliptin gliflozin glitazone
parin lukast azepam azolam toin farin afil osin asteride coxib setron tropium terol caine glutide semide
thiazide actone peridone triptyline pramine peridol idogrel xaban gatran fibrate quine vudine penem bactam
platin rubicin taxel tinib ozole terone relin prolide citabine milast grastim poetin oxifene renone gestrel
prost cholic pride piride tril dopa darone pamide fenacin lutamide faxine voxamine bazam amisole ampicin niazid
butol sugrel calcidol ologist ologists iatrist iatrists"""
# The endings of conditions and procedures, for the names no list holds ("pyelonephritis", "costochondritis",
# "cholecystectomy"): inflammation, disease, blood, pain, cutting, looking, repair, urine, lack.
CONDITION_ENDINGS = """
itis itides osis oses iasis aemia emia algia pathy pathies ectomy otomy ostomy oscopy oscopies plasty uria penia
cytosis"""
# Drug classes and forms.
FORMS = """
tablet tabs tab capsul syrup suspension drops drop ointment cream creams gel gels lotion shampoo soap cleanser
moistur emollient sunscreen sunblock spf powder spray inhal nebuli puffer patch suppositor pessar sachet
lozenge gargl mouthwash enema douche inject inj jab vaccin booster dressing dressings bandag plaster splint
brace crutch stitch suture catheter stent pacemaker implant iud condom pill pills contracep antibio
antisept antifung antivir antihist antidepress anticoag antiinflam painkill analges anesth anaesth sedat
laxat diuret decongest expector antacid supplement medic drug drugs pharm prescri placebo remed homeopath
ayurved herbal steroid hormon chemo radiother radiat dialys transfus transplant surg operat procedur laser
physiother therap rehab treat dosage medicat prophyla caesar cesarean"""
# Tests, measurements and results (digits are "0" in a key: "HbA1c" is "hba0c", "T4" is "t0", "SpO2" "spo0").
TESTS = """
test tests biops smear pap cultur swab scan scans xray mri ct ultrasound usg sonograph echo echocardio ecg ekg
eeg emg ncv endoscop colonoscop gastroscop cystoscop laparoscop mammogra dexa angio doppler holter spirometr
audiogra audiometr inr tsh t0 hba0c hb hemoglob haemoglob cbc fbc esr crp lft lfts kft rft sgpt sgot bilirubin
creatinin urea uric lipid triglycer ldl hdl vldl psa rbc wbc antibod antigen serum titre titer fasting ppbs
fbs rbs glucos sugar bmi pulse bp spo0 oxygen saturat mmhg mmol fnac cytolog histopath patholog radiolog
microscop mantoux widal elisa pcr rtpcr karyotyp genet dna amniocent ctg diagnos screening monitor chol enzym
haemo hemo pressur puls scrap measur investigat impression differential precaution possibilit"""
# Specialists and places of care.
CARE = """
surgeon specialist specialists dentist dent nurs midwife pharmacist counsel
psycholog psychiat optometr optician ophthalm obstetric gynae gyne urolog nephr onco orthopa orthope
orthodont paediat pediat neonat ent rheumat podiatr chiropract anesthet hospit clinic emergenc casualt
ambulan icu opd chemist chemists laborator dispensar hospice paramedic gp docto neuro physio psych ivf"""
# Care actions, hygiene, diet and lifestyle.
LIFESTYLE = """
rinse rinsing wash washing gargle clean cleanse dry dryness moist compress ice heat elevat rest bed sleep
nap diet fasting meal meals food eat eating drink drinking fluid hydrat water fibre fiber fruit vegetabl
veggie protein carb sugar salt caffein coffee alcohol beer wine smok cigarett tobacco vape vaping nicotin
exercis walk jog swim yoga stretch posture weight hygien bath cloth underwear undergarment innerwear socks
footwear shoe shoes gloves mask masks sun sunlight sunbath humidif dust pollen mould mold mites pollut
sanitar pads tampon sanitiz disinfect sterili massag sitz ergonom pillow mattress intercourse abstin sex
sexual scratch scratching steam irrigat diaper nappy breastfe wean immunis immuniz vaccinat infant newborn
toddler brush floss oil egg fat tear tears lifting squat pushup bmi workout calorie calori nutri postur toilet
healing respond asleep awake spectacles lens lenses wheelchair lactos gluten dairy chew fluorid glasses kegel
conceiv conception"""
# Whole words only: doses and frequencies, and words whose longer forms mean something else.
WHOLE = """
mg ml mcg iu daily twice once thrice dose doses dosage kg kgs lbs cm mm gm gms tsp teaspoon tablespoon bd od
er tds tid bid qid sos hourly nightly weekly fortnightly bedtime numb shin shins anal chin lice gord cast casts"""

# What a longer word may start with but is no medical content: courtesy and common words a stem would catch.
NOT_MEDICAL = frozenset("""
heartily heartfelt hearty heartiest handle handled handles handling handy handful handsome headed heading headline
headlines headquarters restaurant restaurants restore restored restoring restroom testimony testimonial
testimonials testament treaty painter painters painting paintings paint painted paints painstaking walkthrough
cellular cellphone harmony harmonious fruitful fruition operator operators pillar pillars thumbs pillai
empathy sympathy telepathy nostalgia academia
""".split())

# Phrases a word lookup cannot see: "X-ray" is "x ray" in a key; a number with a time unit makes a sentence
# a time course of advice ("for 0 days", "every six hours", "within 0 hours"). Years count only as an
# interval ("every three years", "within 0 years"): a self-introduction's "for over 0 years" (courtesy's
# frames, medqa/data/frames.py SELF_WORDS) and "0 years of experience" are no advice.
_NUM = (r"(?:0|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
        r"fifty|sixty|seventy|few|several|couple of|a couple of|half an?|a few)")
_UNIT = r"(?:seconds?|minutes?|hours?|hrs?|days?|nights?|weeks?|wks?|months?|times)"
PHRASES = re.compile(
    r"\bx rays?\b|\bside effects?\b|\bfirst aid\b|\bpins and needles\b|\bscreen time\b|\bhearing aids?\b"
    r"|\bcradle cap\b"
    rf"|\b{_NUM}(?: (?:to|or|and) {_NUM})? (?:more |extra |full |consecutive |straight )?{_UNIT}\b"
    r"(?! (?:of )?(?:experience|exp|practice)\b)"
    rf"|\b(?:every|within|once in) (?:{_NUM} )?(?:years?|yrs?)\b"
    r"|\b(?:every|each|per|once a|twice a|for a|within a|after a|in a) (?:other )?"
    r"(?:hour|day|night|week|month|fortnight|morning|evening|meal)s?\b")

# Words that carry the answer's meaning: a recurring opener with one of these is advice, not boilerplate.
# Conditions and hedges count at the opening only: "If so," "Maybe," opening an answer carry its logic, while a
# closing "You may ask me again if you have doubts." is an invitation.
NEGATION = ("no not never none nothing cannot can't don't doesn't isn't should must avoid stop urgent urgently "
            "immediately serious worry worried normal abnormal risk unsafe").split()
HEDGE = "if unless may might opinion likely possible possibly probably maybe only but however although though yes"
MEANING_RE = {"open": re.compile(r"\b(?:" + "|".join(map(re.escape, NEGATION + HEDGE.split())) + r")\b"),
              "close": re.compile(r"\b(?:" + "|".join(map(re.escape, NEGATION)) + r")\b")}

CATEGORIES = {"body": BODY, "symptoms": SYMPTOMS, "conditions": CONDITIONS, "drugs": DRUGS, "forms": FORMS,
              "tests": TESTS, "care": CARE, "lifestyle": LIFESTYLE}
_STEMS = {s for words in CATEGORIES.values() for s in words.split()}
_WHOLE = frozenset(WHOLE.split()) | {s for s in _STEMS if len(s) <= 3}
_PREFIXES = frozenset(s for s in _STEMS if len(s) > 3)
_LENGTHS = tuple(sorted({len(s) for s in _PREFIXES}))
_ENDINGS = tuple(DRUG_ENDINGS.split() + CONDITION_ENDINGS.split())


@lru_cache(maxsize=1 << 16)  # keys share their words: most lookups are one dict hit
def medical_word(word: str) -> bool:
    """One word of a key: a whole word, a word starting with a stem, or a drug name by its ending."""
    if word in _WHOLE:
        return True
    if word in NOT_MEDICAL or word[:1] == "<":  # "<name>", "<placeholder>" from `key`
        return False
    if word[:1] == "0":  # "0mg", "0kg": the unit glued to its number
        return bool(word.lstrip("0")) and medical_word(word.lstrip("0"))
    n = len(word)
    for length in _LENGTHS:
        if length > n:
            break
        if word[:length] in _PREFIXES:
            return True
    return word.endswith(_ENDINGS) and any(word.endswith(e) and n - len(e) >= 2 for e in _ENDINGS)


def is_medical(k: str, where: str = "open") -> bool:
    """The "no medical content" test, on a key (`boilerplate.key`): a medical word or phrase, or a word that
    carries meaning at that edge (`where`: "open" or "close")."""
    return (any(map(medical_word, k.split())) or bool(PHRASES.search(k)) or bool(MEANING_RE[where].search(k)))
