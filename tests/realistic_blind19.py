"""Blind held-out set 19 for answer cleaning (medqa issue 24).

How it was made: every sentence below was written by hand for this file, in the style of answers from
online doctor sites (greetings, self-introductions, sign-offs, adverts, damaged "Chat Doctor"
placeholders), without looking at the cleaner, its tests, its data files or any other realistic set.
It was written blind: the cleaning code has never seen these forms. Set 19 leans on doctors who
introduce themselves and sign in many ways (name, degrees, specialty, years, hospital, city, country,
registration number), openers that mix a greeting with the patient's or relative's name, closers that
mix a wish with an invitation, and rows with no boilerplate at all.

`make_row19` builds one answer from 0-3 openers, 2-5 body sentences and 0-3 closers, with a damaged
piece in about a fifth of the rows; "body" lists the medical sentences and "plants" the boilerplate and
damaged pieces, each verbatim as it stands in "Doctor". A template ending in "~" is glued to the next
piece with no space. Run `python tests/realistic_blind19.py` to rewrite the jsonl.
"""

import json
import random
from pathlib import Path

SEED19 = 19019
OUT19 = Path(__file__).parent / "data" / "realistic_blind19.jsonl"

BODY19 = [
    "Your ECG shows sinus rhythm with no sign of ischaemia.",
    "A haemoglobin of 9.2 g/dL means you are moderately anaemic.",
    "Start ferrous sulphate 200 mg once daily after lunch for three months.",
    "Take it with orange juice, since vitamin C helps the iron get absorbed.",
    "Avoid tea or coffee within an hour of the iron tablet.",
    "The burning on passing urine points to a lower urinary tract infection.",
    "Get a urine routine and culture done before starting any antibiotic.",
    "Nitrofurantoin 100 mg twice daily for five days usually clears it.",
    "Drink at least two and a half litres of water a day.",
    "If you get fever with chills or pain in the flank, go to the emergency department the same day.",
    "Your TSH of 8.4 with a normal free T4 suggests subclinical hypothyroidism.",
    "Repeat the thyroid profile with anti-TPO antibodies after six weeks.",
    "Levothyroxine 25 mcg on an empty stomach may be started if the repeat TSH stays high.",
    "The mole you describe should be seen by a dermatologist if it is growing or bleeding.",
    "Apply clotrimazole 1% cream twice daily for two weeks, even after the rash fades.",
    "Keep the groin dry and wear loose cotton underwear.",
    "Do not use steroid creams on a fungal rash, as they make it spread.",
    "Chest pain that spreads to the jaw or left arm needs an ambulance, not an appointment.",
    "Chew 300 mg of aspirin while you wait for the ambulance unless you are allergic to it.",
    "Your lipid profile shows an LDL of 168 mg/dL, which is high for your age.",
    "Atorvastatin 10 mg at night along with diet changes is reasonable.",
    "Cut down on fried food, bakery items and red meat.",
    "Brisk walking for thirty minutes, five days a week, will help your sugar and your weight.",
    "An HbA1c of 7.9% means your diabetes is not well controlled.",
    "The metformin dose can be increased to 1000 mg twice daily with meals.",
    "Check your fasting sugar at home twice a week and keep a record.",
    "Sudden weakness of one side of the face or body is a stroke until proven otherwise, "
    "so call emergency services at once.",
    "The headache you describe sounds like tension-type headache.",
    "Paracetamol 650 mg up to three times a day can be taken for the pain.",
    "Avoid taking painkillers more than ten days a month, as that causes rebound headaches.",
    "Sleep at a fixed time and limit screen use before bed.",
    "A headache that wakes you from sleep with vomiting needs an MRI brain.",
    "Your child's fever of 101 F can be managed with paracetamol syrup 15 mg/kg every six hours.",
    "Sponge him with lukewarm water, not cold water.",
    "If the child is drowsy, refuses feeds or has a rash that does not fade on pressing, "
    "take him to hospital immediately.",
    "Keep giving breast feeds and plenty of fluids.",
    "Loose stools in toddlers are mostly viral and settle in three to five days.",
    "Give ORS after every loose stool and zinc 20 mg daily for fourteen days.",
    "Watch for signs of dehydration such as dry mouth, no tears and fewer wet nappies.",
    "The lump in the breast should be evaluated with an ultrasound and, if needed, a mammogram.",
    "Most breast lumps at your age are fibroadenomas and are benign.",
    "A fine needle aspiration will settle the question if the scan is unclear.",
    "Irregular periods with acne and weight gain suggest polycystic ovary syndrome.",
    "An ultrasound of the pelvis and a hormone panel on day two of the cycle will confirm it.",
    "Losing even five percent of your weight can bring the cycles back.",
    "Spotting in early pregnancy is common, but heavy bleeding with cramps needs an urgent scan.",
    "Continue folic acid 5 mg daily until twelve weeks of pregnancy.",
    "Avoid lifting heavy weights and take rest for a few days.",
    "Your semen analysis shows a low count, which is often treatable.",
    "Stop smoking and avoid hot baths, as heat lowers sperm production.",
    "The pain in the heel on the first steps in the morning is typical of plantar fasciitis.",
    "Roll your foot over a frozen water bottle for ten minutes twice a day.",
    "Use footwear with a soft heel cushion and avoid walking barefoot.",
    "The X-ray shows early degenerative changes in the knee joint.",
    "Quadriceps strengthening exercises are the most useful treatment at this stage.",
    "Lose weight if you can, since every kilo lost takes load off the knee.",
    "Low back pain after lifting is usually muscular and settles in two to three weeks.",
    "Stay active; bed rest slows recovery.",
    "Numbness in the saddle area or loss of bladder control is an emergency and needs to be seen at once.",
    "Ibuprofen 400 mg three times a day after food may be taken for five days.",
    "Do not take ibuprofen if you have stomach ulcers or kidney disease.",
    "Your symptoms of heartburn after meals fit with acid reflux.",
    "Pantoprazole 40 mg half an hour before breakfast for four weeks should help.",
    "Raise the head end of your bed and do not lie down within two hours of eating.",
    "Black tarry stools or vomiting blood need emergency care.",
    "An upper GI endoscopy is advised since you are over 50 and have lost weight.",
    "Constipation improves with more fibre, fruit and water.",
    "Isabgol husk two teaspoons at night with a glass of water is safe for long use.",
    "Blood in the stool with a change in bowel habit needs a colonoscopy.",
    "Fatty liver on ultrasound is reversible with weight loss and no alcohol.",
    "Your liver enzymes are mildly raised, so repeat them after three months.",
    "A hepatitis B surface antigen test should be done before any further treatment.",
    "The cough that has lasted more than three weeks needs a chest X-ray and sputum tests for TB.",
    "Steam inhalation twice daily will loosen the mucus.",
    "Montelukast 10 mg at night may help if the cough is allergic.",
    "Use the inhaler with a spacer, and rinse your mouth after each puff.",
    "If your lips turn blue or you cannot speak in full sentences, go to the emergency room.",
    "Your blood pressure of 150/96 on three readings means you have hypertension.",
    "Amlodipine 5 mg once daily is a good first medicine.",
    "Reduce salt to less than one teaspoon a day, including pickles and papad.",
    "A home BP monitor will help us see how you respond.",
    "Your kidney function is normal, with a creatinine of 0.9 mg/dL.",
    "The kidney stone of 5 mm is likely to pass on its own.",
    "Tamsulosin 0.4 mg at night helps the stone pass.",
    "Pain with fever and vomiting from a stone needs hospital admission.",
    "Tinnitus with hearing loss in one ear should be checked with an audiogram.",
    "Do not put oil or ear buds in the ear.",
    "Ear drops of ciprofloxacin four drops three times a day for a week will treat the infection.",
    "The white patches in the mouth look like oral thrush.",
    "Use clotrimazole mouth paint four times a day for ten days.",
    "A tooth that is sensitive to hot and cold may need a filling or root canal treatment.",
    "Rinse with warm salt water after meals until you see your dentist.",
    "The red, watery eye with discharge is most likely conjunctivitis.",
    "Wash your hands often and do not share towels.",
    "Sudden loss of vision in one eye needs same-day review by an eye specialist.",
    "Floaters with flashes of light should be examined with a dilated fundus check.",
    "Low mood, poor sleep and loss of interest for over two weeks suggest depression.",
    "Counselling along with an antidepressant such as escitalopram 10 mg works well.",
    "The tablets take two to four weeks to show benefit, so do not stop them early.",
    "If you have thoughts of harming yourself, go to the nearest emergency department or call a crisis line now.",
    "Panic attacks are frightening but not dangerous to the heart.",
    "Slow breathing, in for four counts and out for six, helps during an attack.",
    "Cut down caffeine and energy drinks, as they worsen anxiety.",
    "Hair fall after a fever usually stops on its own within three to six months.",
    "Check your vitamin D, B12 and ferritin levels.",
    "Minoxidil 5% lotion applied to the scalp once daily may help.",
    "The itchy wheals that come and go are urticaria.",
    "Levocetirizine 5 mg at night for two weeks will control the itching.",
    "Swelling of the lips or tongue with breathing difficulty is anaphylaxis and needs emergency care.",
    "Acne of this grade responds to adapalene gel at night and benzoyl peroxide in the morning.",
    "Do not squeeze the pimples, as it leaves scars.",
    "Use a non-comedogenic moisturiser and a sunscreen of SPF 30 or more.",
    "Your vitamin D level of 12 ng/mL is deficient.",
    "Take cholecalciferol 60,000 IU once a week for eight weeks, then once a month.",
    "Fifteen minutes of morning sun on the arms also helps.",
    "Varicose veins improve with compression stockings and leg elevation.",
    "A calf that is suddenly swollen, warm and painful needs a Doppler scan to rule out a clot.",
    "Piles with bleeding respond to sitz baths and a high fibre diet.",
    "Avoid straining and do not sit on the toilet for long.",
    "The swelling in the neck needs a thyroid ultrasound and FNAC.",
    "Vaccination against hepatitis B needs three doses at 0, 1 and 6 months.",
    "The tetanus booster is due if your last dose was more than five years ago.",
    "Your dog bite needs washing with soap and water for fifteen minutes and a course of rabies vaccine.",
    "We hope the test will be negative, but it must be done.",
    "Many patients say thanks to the physiotherapy that they can walk without pain again.",
    "You are welcome to bring your old reports when you see the neurologist.",
    "With regards to the dose, half a tablet is enough for a child of this weight.",
    "Take care not to stop the steroid suddenly; it must be tapered over two weeks.",
    "Dear as the brand is, the generic form of the same drug works equally well.",
    "Physiotherapy will help you regain movement in the shoulder.",
    "Your query about the pill is a common one: it does not cause weight gain in most women.",
    "Home care for the wound means dressing it daily and keeping it dry.",
    "There is good hope of full recovery since the fracture is not displaced.",
    "Eat meals at regular times and do not skip breakfast.",
    "Go to bed and wake up at the same time every day, even at weekends.",
    "Keep a diary of what you eat and when the symptoms come.",
    "Sit upright at your desk and take a short walk every hour.",
    "Drink water through the day rather than all at once.",
    "Spend some time outdoors daily and talk to friends or family.",
]

OPEN19 = [
    "Hello {name},~",
    "Hi {name}, thanks for writing in.",
    "Dear {name}, greetings from {site}.",
    "Hello Mr. {name}, I understand your worry about your {rel}.",
    "Hi dear {name},~",
    "Good morning {name} ji,",
    "Namaste {name}, thank you for trusting {site}.",
    "Hello {name}'s mother, I have read your message carefully.",
    "Dear Mrs {name}, thanks for the query regarding your {rel}.",
    "hi {name} thanx for ur query",
    "HELLO {name}, WELCOME TO {site}.",
    "Hello and welcome {name}!~",
    "Greetings {name}. I am {dr}, {spec}.",
    "Hi {name}, {dr} here.",
    "Dear {name},\nI am {dr}, {deg}, and I will be answering your question today.",
    "I am {dr}, a {spec} with {years} years of experience, and I have gone through your query.",
    "I am {dr} ({deg}), practising as a {spec} at {hosp}, {city}.",
    "This is {dr}, {spec} from {city}, {country}.",
    "Myself {dr}, {deg}, {spec}.",
    "Hi, I am {dr}, {deg} {spec}, {hosp}. I read your question.",
    "i am {dr} {deg} and i have gone thru ur history",
    "I AM {dr}, {spec} ({years} YRS EXPERIENCE).",
    "Welcome to {site}! I am {dr}, your {spec} for today.",
    "Hello, this is {dr} ({reg}), {spec}, replying to your query.",
    "Dr. {dr_short} here, {deg}, consultant {spec} at {hosp}.",
    "Hi {name}, I'm {dr}, an {spec2} practising in {city} for the last {years} years.",
    "Thank you {name} for choosing {site}.",
    "Thanks for your query, {name}.",
    "Thank you for posting your query on {site}.",
    "Thanks for asking on {site}, {name}.~",
    "Thanks for the detailed history.",
    "Thank you for the question and for the reports you attached.",
    "Thank you for contacting us.",
    "Thanks a lot for your trust.",
    "thank u for writing to us",
    "THANKS FOR USING {site}.",
    "Hello,~",
    "Hi there,",
    "Hello dear,~",
    "Hi!",
    "Greetings of the day.",
    "Warm greetings.",
    "Good evening.~",
    "Hello and thank you for the question.",
    "Hi and welcome.",
    "hello",
    "HI.",
    "Dear Sir/Madam,",
    "Dear friend,",
    "Respected {name} sir,",
    "Hello {name}, hope you and your {rel} are doing fine.",
    "Hi {name}, sorry to hear your {rel} is unwell.",
    "Dear {name}, I am sorry you are going through this.",
    "I can understand your concern, {name}.",
    "I understand your anxiety.",
    "Don't worry, I am here to help you.",
    "I can feel how worried you are about your {rel}.",
    "Relax, there is nothing to panic about.",
    "I have gone through your query and the attached reports.",
    "I have gone through your question in detail and understood your concerns.",
    "I read your question carefully and I understand your concern.",
    "Went through your history.",
    "I have carefully reviewed the details you have provided.",
    "I have read your complete history and the medicines you are on.",
    "i went through ur query n understand ur concern",
    "Based on the details you gave, here is my opinion.",
    "As per your query, here is my advice.",
    "Regarding your question,",
    "In brief,~",
    "Let me answer your questions one by one.",
    "Welcome back {name}, I remember your earlier query about your {rel}.",
    "Thanks for the follow up, {name}.",
    "Nice to hear from you again.",
    "Hi {name}, Happy Diwali and thanks for your question.",
    "Eid Mubarak {name}, thank you for writing.",
    "Season's greetings {name}.",
    "Hello {name}, welcome to {site}. I am {dr}, {deg}, and I have read your question.",
    "Dear {name}'s father, thanks for the query.",
    "Hello {name} madam, thank you for consulting about your {rel}.",
    "Hii {name}..~",
    "Hello dear {name}, I am {dr}, {spec} ({years} years in practice), {city}.",
    "Dr {dr_short} {deg} here. Thanks for your query.",
    "As a {spec} I see this problem often, so don't be afraid.",
    "Welcome to {site}, where our doctors answer within hours.",
    "Please find my answer below.",
    "Read your query.",
    "Thnx for d query.",
    "Hello {name}, thanks for writing about your {rel} {rname}.",
    "Hi {name}, I hope little {rname} is feeling a bit better today.",
    "Dear {name}, greetings, and I am sorry to hear about {rname}'s illness.",
    "Good afternoon {name}, and welcome. {rname}'s reports are clear enough to advise.",
    "Hello {rname}'s family, thank you for the detailed history.",
    "Hi {name} and {rname},~",
    "I am {dr}, {deg}, {spec}, practising since {since} at {hosp}, {city}, {country}.",
    "This is {dr_low} {deg_low} {spec_low} from {city_low}",
    "Myself {dr} {deg} {years}yrs exp {city}.",
    "I AM {dr_up}, {deg_up}, {spec_up}.~",
    "{dr} | {deg} | {spec} | {hosp}, {city}\nThank you for your question.",
    "Hello, I am {dr}, an {spec2} ({reg}) with {years}+ years of clinical practice.",
]

CLOSE19 = [
    "Hope this helps.",
    "Hope I have answered your query. Let me know if I can assist you further.",
    "I hope this information helps you, {name}.",
    "Hope it helps, take care.",
    "hope this helps u",
    "HOPE THIS HELPS. TAKE CARE.",
    "Wishing you good health.",
    "Wish you a speedy recovery, {name}.",
    "Wish your {rel} a quick recovery.",
    "Get well soon!",
    "Wishing you and your {rel} the best of health.",
    "God bless you.",
    "May God bless you with good health.",
    "Take care and have a nice day.",
    "Take care.",
    "tc",
    "Take care, stay blessed.",
    "Stay safe and healthy.",
    "Feel free to ask if you have any more doubts.",
    "Feel free to write back to me with the reports.",
    "Please do write back if you have any other questions.",
    "You can ask me a direct question on {site} anytime.",
    "For further queries you can consult me directly at {site}.",
    "If you have more questions, I will be happy to answer them.",
    "Revert back with the reports for further guidance.",
    "Follow up with me after the tests.",
    "Get back to me after two weeks for a review.",
    "You may contact me for a private consultation through {site}.",
    "Wishing you a quick recovery; feel free to come back if the pain persists.",
    "Get well soon, and do write back with the scan report.",
    "Best wishes, and I am always here if you need more help.",
    "Hope your {rel} feels better soon; please message me with the results.",
    "Take care and do follow up with me after a week.",
    "Wish you good health, {name}, and write back anytime.",
    "God bless, and let me know how things go.",
    "Happy to help further, and wishing you well.",
    "Please rate my answer if you found it useful.",
    "Kindly click on the helpful button if this answer helped you.",
    "If you liked my answer, please give it five stars.",
    "Please leave a review so that other patients can find me.",
    "Do rate this answer and close the discussion if satisfied.",
    "For a detailed consultation, book a paid call with me on {site}.",
    "Visit {site} to consult me online, available 24x7.",
    "For more health tips, follow {site}.",
    "You can also book a video consultation with a {spec} at {site}.",
    "Regards,\n{dr}",
    "Regards, {dr}, {deg}",
    "Rgds,\n{dr}\n{spec}",
    "Best regards,\n{dr}, {deg}\n{spec}, {hosp}\n{city}, {country}",
    "Warm regards,\n{dr}\n{deg}\n{city}",
    "Thanks and regards, {dr} {deg} {spec} {city}",
    "regards dr {dr_low} {deg_low}",
    "REGARDS\n{dr_up}\n{deg_up}",
    "Yours sincerely,\n{dr}",
    "Yours truly, {dr}.",
    "Sincerely, {dr}, {spec}, {years} years of experience.",
    "{dr}\n{deg}\n{spec}\n{hosp}, {city}",
    "{dr}, {deg}, {spec}, {city}",
    "{dr} {deg}{spec} {city}",
    "{dr} ({reg})",
    "{dr}, {deg}, Reg. No. {regno}, {hosp}",
    "-- {dr}, {spec}",
    "Dr {dr_short}",
    "{dr}\nConsultant {spec}\n{hosp}\n{city}, {country}\n{reg}",
    "With best wishes,\n{dr}",
    "Thanks,\n{dr}",
    "Thank you.",
    "Thanks for using {site}.",
    "Thank you for trusting {site} with your health.",
    "Thanks again for your query, {name}.",
    "Thank you, and all the best.",
    "thanx",
    "All the best!",
    "Good luck!",
    "Cheers!",
    "Best of luck for your exams, {name}.",
    "Have a blessed Ramadan.",
    "Happy New Year in advance, and get well soon.",
    "Wishing you a merry Christmas and good health.",
    "Happy Holi, take care.",
    "Hope you find this useful. Regards, {dr}.",
    "Wish you good health. {dr}, {deg}",
    "Take care and get well soon. {dr}",
    "Hope I have cleared your doubts. Best wishes, {dr}, {spec}, {hosp}.",
    "I would be glad to help you if you have any other queries.",
    "Do not hesitate to contact me again.",
    "Waiting for your reply.",
    "Any further questions are welcome.",
    "Wishing {rname} a speedy recovery, and you can message me again with the new reports.",
    "Get well soon {rname}! Do write to me if the fever comes back.",
    "Best wishes to you and {rname}; I am available for a follow up anytime on {site}.",
    "Stay healthy, and ping me here if anything changes.",
    "Take care of yourself, and feel free to book a follow up consultation with me.",
    "Wish you all the best; write back after the scan and I will guide you further.",
    "{dr_up}\n{deg_up}, {spec_up}\n{years} YEARS OF PRACTICE\n{city_up}, {country_up}",
    "dr {dr_low}\n{deg_low}\n{spec_low}\n{city_low}",
    "{dr} {deg} {spec} {hosp} {city} {country}",
    "{dr}, {deg} ({spec}), {years} yrs in practice, {reg}, {city}.",
    "{dr} - {spec}, {hosp} ({city})",
    "Regards\n\n{dr}\n{deg}\nEx-Registrar, {hosp}\n{city} {country}",
]

DAMAGE19 = [
    "Apply the gel twice a Chat Doctor for ten days.",
    "Take one tablet at night and visit a Chat Doctor if the swelling increases.",
    "Your report from Chat Doctor lab shows a normal count.",
    "I am Chat Doctor, and I have read your question.",
    "Please consult Chat Doctor for a physical examination.",
    "The Chat Doctor should be continued for another week.",
    "Drink plenty of fluids and Chat Doctor if the fever continues beyond three days.",
    "(attachment removed to protect patient identity)",
    "(Attachment removed to protect patient identity).",
    "Hello Chat Doctor, thanks for your query.",
    "Regards Chat Doctor.",
    "Dr. Chat Doctor, MBBS, MD (Medicine)",
    "You can send the reports to Chat Doctor for review.",
    "Avoid spicy and Chat Doctor foods for a few days.",
    "Take the syrup three times a Chat Doctor after meals.",
]

PATIENT19 = [
    "I have had a headache for two weeks, mostly in the evening. What should I do?",
    "My mother is 62 and her sugar is high even on tablets. Please advise.",
    "I am 28, female, with irregular periods and weight gain. Is it PCOS?",
    "My son of 3 years has fever and loose motions since yesterday.",
    "I have burning while passing urine and feel the urge often.",
    "Attached are my blood reports, my haemoglobin is low. Is it serious?",
    "I get chest pain when I climb stairs. I am 55 and a smoker.",
    "There is a red itchy rash in my groin for a month.",
    "My knee hurts when I climb stairs, I am 50 and overweight.",
    "I have had a cough for a month with some weight loss.",
    "I feel low, cannot sleep and have lost interest in everything.",
    "My TSH came 8.4. Do I need medicine?",
    "I have heartburn after every meal and sometimes at night.",
    "My hair is falling a lot after dengue fever last month.",
    "I have heel pain in the morning when I get out of bed.",
    "My father has BP of 150/96. Which tablet should he take?",
    "I am 7 weeks pregnant and had a little spotting today.",
    "I found a small lump in my left breast, I am 24.",
    "My eye is red and sticky since this morning.",
    "I have a 5 mm kidney stone on the scan. Will it pass?",
]

DESCRIPTION19 = [
    "Q. What could cause this headache?", "Is my sugar control adequate?", "Could these symptoms be PCOS?",
    "Child with fever and loose stools", "Burning micturition, what to do?", "Low haemoglobin in blood test",
    "Chest pain on exertion", "Itchy rash in the groin", "Knee pain while climbing stairs",
    "Persistent cough with weight loss", "Feeling low for weeks", "High TSH, need treatment?",
    "Acidity after meals", "Hair fall after dengue", "Heel pain in the morning",
    "Which BP medicine is suitable?", "Spotting in early pregnancy", "Lump in the breast",
    "Red eye with discharge", "Will the kidney stone pass?",
]

NAMES19 = ["Priya", "Rahul", "Ayesha", "John", "Meena", "Suresh", "Fatima", "Ravi", "Sarah", "Imran",
           "Kavita", "David", "Lakshmi", "Arjun", "Nadia", "Peter", "Sunita", "Omar", "Anjali", "Michael"]
RELS19 = ["mother", "father", "son", "daughter", "wife", "husband", "baby", "grandmother", "brother", "sister"]
DOCTORS19 = ["Dr. Anil Menon", "Dr. Sneha Kulkarni", "Dr Rajesh Iyer", "Dr. Farah Siddiqui", "DR. VIKRAM SETHI",
             "Dr. Mary Thomas", "dr. Kiran Rao", "Dr Ahmed Khalil", "Dr. Pooja Bansal", "Dr. S. K. Gupta",
             "Dr. Nnamdi Okafor", "Dr. Lina Haddad", "Dr.Deepak Joshi", "Dr. Ritu Malhotra", "Dr. Samuel Mensah"]
DEGREES19 = ["MBBS, MD", "MBBS, MD (Medicine)", "MBBS MS (Ortho)", "M.B.B.S., D.G.O.", "MBBS, DNB (Paediatrics)",
             "MD, DM (Cardiology)", "MBBS,MD(Derm)", "MBBS, FRCS", "BDS, MDS", "MBBS, DPM, MRCPsych",
             "MBBS MD DM Neuro", "MD (Int. Med.), FACP", "mbbs md", "MBBS, MRCP (UK)"]
SPECS19 = ["Consultant Physician", "General Physician", "Cardiologist", "Dermatologist", "Paediatrician",
           "Gynaecologist", "Orthopaedic Surgeon", "Psychiatrist", "Gastroenterologist", "Neurologist",
           "ENT Specialist", "Urologist", "Family Physician", "Endocrinologist", "Pulmonologist"]
SPECS19_VOWEL = ["Endocrinologist", "ENT Specialist", "Orthopaedic Surgeon", "Internal Medicine specialist",
                 "Obstetrician"]
HOSPITALS19 = ["City Care Hospital", "Sunrise Multispeciality Clinic", "St. Joseph's Medical Centre",
               "Apollo Clinic", "Lifeline Hospital", "Green Valley Nursing Home", "Al Noor Polyclinic",
               "Government Medical College", "Mercy Heart Institute", "Shanti Mother and Child Hospital"]
CITIES19 = ["Pune", "Chennai", "Lucknow", "Kochi", "Hyderabad", "Lagos", "Dubai", "Karachi", "Nairobi",
            "Manila", "Jaipur", "Kolkata", "Cairo", "Dhaka"]
COUNTRIES19 = ["India", "Nigeria", "UAE", "Pakistan", "Kenya", "Philippines", "Egypt", "Bangladesh", "UK"]
SITES19 = ["HealthCareMagic", "healthcaremagic.com", "iCliniq", "www.icliniq.com", "HCM",
           "Health Care Magic", "ICLINIQ", "'Ask A Doctor'", "\"HealthcareMagic\""]
REGS19 = ["Reg. No. 45821", "MCI Reg 70213", "KMC 33190", "Regd. No. MMC/2009/04512", "DMC-R-11873",
          "reg no 88201", "PMDC 12345-P", "GMC 7123456"]
GREETINGS19 = ("hello", "hi", "dear", "good ", "greetings", "namaste", "respected", "warm", "eid", "season",
               "welcome")


def _values19(rng):
    """One doctor, patient and site per row, so a signature and an opener agree."""
    dr, deg = rng.choice(DOCTORS19), rng.choice(DEGREES19)
    spec, city, country = rng.choice(SPECS19), rng.choice(CITIES19), rng.choice(COUNTRIES19)
    short = dr.split(".", 1)[-1].strip() if "." in dr.split()[0] else dr.split(" ", 1)[-1]
    return {
        "name": rng.choice(NAMES19), "rel": rng.choice(RELS19), "dr": dr, "dr_short": short,
        "dr_low": short.lower(), "dr_up": dr.upper(), "deg": deg, "deg_low": deg.lower(),
        "deg_up": deg.upper(), "spec": spec, "spec2": rng.choice(SPECS19_VOWEL),
        "years": str(rng.choice([4, 7, 10, 12, 15, 18, 22, 25, 30])), "hosp": rng.choice(HOSPITALS19),
        "city": city, "country": country, "reg": rng.choice(REGS19),
        "regno": str(rng.randint(10000, 99999)), "site": rng.choice(SITES19),
        "rname": rng.choice(NAMES19), "since": str(rng.randint(1990, 2016)),
    } | _cased19(spec, city, country)


def _cased19(spec, city, country):
    """Lower- and upper-case forms, for signatures typed in one case throughout."""
    return {"spec_low": spec.lower(), "spec_up": spec.upper(), "city_low": city.lower(),
            "city_up": city.upper(), "country_up": country.upper()}


def _fill19(rng, template, values):
    """Fill a template; return (text, glued) where glued means no space before the next piece."""
    glued = template.endswith("~")
    text = template.rstrip("~").format(**values)
    roll = rng.random()
    if roll < 0.08:
        text = text.upper()
    elif roll < 0.14:
        text = text.lower()
    return text, glued


def _counts19(rng):
    """How many openers, closers and whether a damaged piece: ~12 % of rows are bare."""
    if rng.random() < 0.12:
        return 0, 0, False
    n_open = rng.choices([0, 1, 2, 3], weights=[20, 45, 25, 10])[0]
    n_close = rng.choices([0, 1, 2, 3], weights=[20, 40, 28, 12])[0]
    if n_open + n_close == 0:
        n_close = 1
    return n_open, n_close, rng.random() < 0.22


def _join19(rng, pieces):
    """Join (text, glued) pieces with a space, a newline, a blank line, or nothing after a full stop."""
    out = pieces[0][0]
    for (prev, glued), (text, _) in zip(pieces, pieces[1:]):
        if glued:
            sep = ""
        else:
            sep = rng.choices([" ", "\n", "\n\n", ""], weights=[62, 16, 10, 12])[0]
            if sep == "" and not prev.endswith("."):
                sep = " "
        out += sep + text
    return out


def _pick19(rng, pool, n):
    """n templates with at most one naming the doctor (one self-introduction, one signature a row)."""
    picked = rng.sample(pool, n)
    signed = [t for t in picked if "{dr" in t]
    return [t for t in picked if "{dr" not in t] + signed[:1]


def _opens19(rng, n, values):
    """Greetings first, then thanks, empathy and self-introductions, as doctors order them."""
    picked = sorted(_pick19(rng, OPEN19, n), key=lambda t: not t.lower().startswith(GREETINGS19))
    return [_fill19(rng, t, values) for t in picked]


def _damage19(rng, middle, opens, closes):
    """Put a damaged piece where its kind stands: a greeting first, a signature last, others anywhere."""
    piece = rng.choice(DAMAGE19)
    if piece.startswith(("Hello", "I am")):
        opens.insert(0, (piece, False))
    elif piece.startswith(("Regards", "Dr.")):
        closes.append((piece, False))
    else:
        middle.insert(rng.randint(0, len(middle)), (piece, False))
    return piece


def _body19(rng, k):
    """Mostly a run of neighbouring sentences (the pool is grouped by topic), sometimes a mix."""
    if rng.random() < 0.3:
        return rng.sample(BODY19, k)
    start = rng.randrange(len(BODY19) - k + 1)
    return BODY19[start:start + k]


def make_row19(rng):
    values = _values19(rng)
    n_open, n_close, damaged = _counts19(rng)
    body = _body19(rng, rng.randint(2, 5))
    opens = _opens19(rng, n_open, values)
    closes = [_fill19(rng, t, values) for t in _pick19(rng, CLOSE19, n_close)]
    plants = [t for t, _ in opens + closes]
    middle = [(s, False) for s in body]
    if damaged:
        plants.append(_damage19(rng, middle, opens, closes))
    doctor = _join19(rng, opens + middle + closes)
    i = rng.randrange(len(PATIENT19))
    return {"Description": DESCRIPTION19[i], "Patient": PATIENT19[i], "Doctor": doctor,
            "body": body, "plants": plants}


def make_blind19(n=200, seed=SEED19):
    rng = random.Random(seed)
    return [make_row19(rng) for _ in range(n)]


def main():
    OUT19.parent.mkdir(parents=True, exist_ok=True)
    with OUT19.open("w", encoding="utf-8") as f:
        for row in make_blind19():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
