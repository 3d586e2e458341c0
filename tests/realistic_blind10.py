"""Blind held-out set 10 for answer cleaning (medqa issue 24).

How it was made: every sentence below was written by hand for this file, blind. Its author did not open the
project's data, its cleaning tests, the other realistic sets or their data, and never ran the cleaner on
this set. The flavour is answers written on free Q&A sites by doctors whose first language is not English
(Indian, Pakistani, Nigerian, Egyptian, Filipino): greetings, thanks, blessings, self-introductions,
signatures with degrees, hospitals and cities, adverts for paid consults and links, rating requests, seasonal
and religious wishes, typos and lost spaces, ALL CAPS, and "Chat Doctor" placeholder damage.

Pools: BODY10 (medical sentences across specialties, some opening with "Hope", "Thanks to", "Welcome",
"Dear", "Regards", "Please", "Kindly", "Do" or carrying "help", "care", "query" in a medical sense, and plain
lifestyle advice), OPEN10 and CLOSE10 (boilerplate templates; one ending in "~" is glued to the next piece
with no space), DAMAGE10 (damaged pieces). make_row10 joins 0-3 openers, 2-5 body sentences, a damaged piece
in about a fifth of the rows and 0-3 closers with spaces, newlines or nothing after a full stop. "body" lists
the medical sentences verbatim as they appear in "Doctor", "plants" the boilerplate and damaged pieces.

Write the data with: python tests/realistic_blind10.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED10 = 1010
ROWS10 = 200
OUT10 = Path(__file__).resolve().parent / "data" / "realistic_blind10.jsonl"
GLUE = "~"

NAMES10 = ("Ramesh", "Priya", "Ayesha", "Bilal", "Chidi", "Ngozi", "Fatma", "Ahmed", "Maricel", "Jun",
           "Sunita", "Imran", "Tunde", "Grace", "Mona", "Rahul", "Kavya", "Zainab", "Emeka", "Liza")
DRS10 = ("Rajesh Kumar", "Sana Qureshi", "Oluwaseun Adeyemi", "Mohamed El Sayed", "Maria Santos",
         "Anil Sharma", "Farhan Ali", "Chinedu Okafor", "Hany Mostafa", "Jose Reyes", "Meenakshi Iyer",
         "Asif Mahmood", "Ifeoma Nwosu", "Rania Fathy", "Ramon Dela Cruz", "Sudhir Patil")
SITES10 = ("HealthCareMagic", "HCM", "healthcaremagic.com", "iCliniq", "icliniq.com", "Health Care Magic",
           "this forum", "Ask a Doctor")
CITIES10 = ("Pune", "Lahore", "Karachi", "Ibadan", "Cairo", "Manila", "Cebu", "Chennai", "Hyderabad", "Enugu",
            "Alexandria", "Lucknow")
DEGREES10 = ("MBBS, MD", "MBBS, MD(Med)", "MBBS, DCH", "MBBS, MS (Ortho)", "MBBS, FCPS", "MBBS, FWACP",
             "MB;BS, FMCP", "MBBCh, MSc", "MD, FPCP", "MBBS DNB (Cardiology)", "MBBS, DDVL", "MBBS,DGO")
HOSPITALS10 = ("Apollo Hospital", "Aga Khan University Hospital", "Lagos University Teaching Hospital",
               "Kasr Al Ainy Hospital", "Philippine General Hospital", "Ruby Hall Clinic", "Mayo Hospital",
               "UCH Ibadan", "St. Luke's Medical Center", "Fortis Hospital")
SPECS10 = ("general physician", "cardiologist", "paediatrician", "dermatologist", "gynaecologist",
           "orthopaedic surgeon", "gastroenterologist", "family physician", "psychiatrist", "ENT specialist")
LINKS10 = ("www.drSLUGclinic.com", "http://bit.ly/drSLUG", "https://www.icliniq.com/ask-a-doctor-online/SLUG",
           "healthcaremagic.com/doctors/SLUG", "www.SLUGhealth.in")
YEARS10 = ("8", "12", "15", "20", "25")

PATIENT10 = (
    "Hi doctor, I am {age} years old and {problem}. What should I do?",
    "Respected doctor, asking for my {rel}, {problem} since {days} days. Please advise.",
    "Hello sir, {problem}. I am very worried. Is it serious?",
    "Dear doctor, my {rel} is {age} years, {problem}, we showed to local doctor but no relief.",
    "{problem}, age {age}. Please help.",
    "Sir i am {age} yrs male, {problem}, plz tell medicine.",
)
PROBLEMS10 = ("having chest pain on and off", "my sugar is high in the report", "getting burning in stomach",
              "my son has loose motions", "there is itching in groin", "my periods are irregular",
              "I have back pain going to leg", "my report shows low haemoglobin", "I cough for one month",
              "I get headache daily", "my knee is paining while walking", "my eyes are red and watery",
              "I feel sad all the time", "I have burning while passing urine", "my baby has fever")
RELATIVES10 = ("mother", "father", "son", "daughter", "wife", "husband", "brother")
DESCRIPTIONS10 = ("Q. What is the treatment for this problem?", "Is this serious?", "What does my report mean?",
                  "Q. Which medicine should I take?", "Need advice for my mother", "What are the causes?",
                  "Q. Please suggest the tests needed.", "Is this normal for my age?")

BODY10 = (
    "Your ECG shows sinus tachycardia, which usually means the heart is beating fast because of anxiety, "
    "fever or dehydration.",
    "A troponin test and a repeat ECG after six hours will rule out a heart attack.",
    "Take tablet amlodipine 5 mg once daily in the morning and check your blood pressure twice a week.",
    "Blood pressure of 150/95 on three different days means you have stage 1 hypertension.",
    "Reduce salt to less than one teaspoon a day, including the salt in pickles and papad.",
    "If the chest pain spreads to the left arm or jaw, or comes with sweating, go to the emergency "
    "department immediately.",
    "Thanks to the normal echocardiography, we can say the valves and pumping function of the heart are fine.",
    "Your LDL cholesterol of 168 mg/dl is high, so start atorvastatin 10 mg at bedtime.",
    "Repeat the lipid profile after three months of treatment.",
    "Palpitations that last only a few seconds and occur at rest are mostly benign ectopic beats.",
    "A 24 hour Holter monitoring will show if there is any serious rhythm problem.",
    "Your fasting sugar of 142 mg/dl and HbA1c of 7.2 % confirm type 2 diabetes.",
    "Start metformin 500 mg twice daily after meals and increase to 1000 mg twice daily after two weeks "
    "if tolerated.",
    "Regarding your query about metformin, loose stools are common in the first weeks and usually settle "
    "on their own.",
    "Check your blood sugar before breakfast and two hours after lunch for one week and keep a record.",
    "If sugar goes below 70 mg/dl, take three teaspoons of sugar in water and then eat something.",
    "Your TSH of 9.8 with normal T4 indicates subclinical hypothyroidism.",
    "Take levothyroxine 25 mcg on an empty stomach, half an hour before breakfast.",
    "Do not take calcium or iron tablets within four hours of the thyroid tablet.",
    "Repeat TSH after six to eight weeks and the dose will be adjusted.",
    "Hope of conceiving is good once the thyroid levels are brought to normal.",
    "The burning in the upper abdomen after meals is due to gastritis or acid reflux.",
    "Take pantoprazole 40 mg before breakfast for four weeks.",
    "Avoid tea, coffee, spicy food and late night dinners.",
    "Keep a gap of at least two to three hours between dinner and going to bed.",
    "Raise the head end of your bed by about six inches if symptoms are worse at night.",
    "Get a stool test for H. pylori antigen, since this infection is a common cause of recurrent gastritis.",
    "Black tarry stools or vomiting of blood are emergencies and need immediate hospital care.",
    "Your ultrasound shows grade 1 fatty liver, which is reversible with weight loss.",
    "SGPT of 78 is mildly raised and should come down with diet control and exercise.",
    "Avoid alcohol completely as it will worsen the liver damage.",
    "The pain in the right lower abdomen with fever and vomiting may be appendicitis, so see a surgeon today.",
    "Constipation of this kind improves with more fibre, more water and regular toilet habits.",
    "You can take lactulose syrup 15 ml at bedtime for a week.",
    "Kindly get a colonoscopy done, since bleeding per rectum after the age of 50 should never be ignored.",
    "Piles of this grade respond well to sitz baths in warm water two or three times a day.",
    "Apply lignocaine ointment before passing stool to reduce the pain of the fissure.",
    "A 12 mm gall bladder stone with repeated pain is best treated by laparoscopic removal of the gall bladder.",
    "Loose motions in a child are treated mainly with ORS, given in small sips after every stool.",
    "Give zinc syrup 20 mg once daily for 14 days along with ORS.",
    "If the child is not passing urine for six hours, is very drowsy or has sunken eyes, take him to "
    "hospital at once.",
    "Paracetamol syrup 15 mg per kg can be given every six hours for fever.",
    "Sponge the child with lukewarm water, not cold water, when the fever is high.",
    "A febrile seizure in a child of this age usually does not damage the brain.",
    "Your baby's weight gain of 700 g per month is normal, so there is no need to start formula.",
    "Continue exclusive breastfeeding till six months and then start mashed home food.",
    "The yellow colour of the baby's eyes on day three is usually physiological jaundice.",
    "Get a serum bilirubin done if the yellowness reaches the palms and soles.",
    "Vaccines can be given even if the child has a mild cold.",
    "Dear, the white patches on the baby's tongue are oral thrush and need nystatin drops four times a day.",
    "A cough lasting more than three weeks needs a chest X-ray and sputum test for tuberculosis.",
    "Your chest X-ray shows right lower lobe pneumonia.",
    "Take amoxicillin with clavulanic acid 625 mg three times a day for seven days.",
    "Use the salbutamol inhaler two puffs when you are breathless, with a spacer.",
    "Budesonide inhaler must be used twice daily even when you feel well, and rinse the mouth after each use.",
    "If you cannot complete a sentence because of breathlessness, or the lips turn blue, go to the "
    "emergency room.",
    "Steam inhalation two times a day will loosen the mucus.",
    "Gargle with warm salt water three times a day for the throat pain.",
    "Most sore throats are viral and get better in five to seven days without antibiotics.",
    "Snoring with daytime sleepiness may be sleep apnoea, and a sleep study will confirm it.",
    "Stop smoking completely, as it is the main cause of your chronic bronchitis.",
    "Your urine report shows pus cells of 20 to 25 per high power field, which means urinary tract infection.",
    "Take nitrofurantoin 100 mg twice daily for five days.",
    "Drink at least three litres of water daily.",
    "A 5 mm kidney stone usually passes on its own within a few weeks.",
    "Tamsulosin 0.4 mg at night helps the stone to pass more easily.",
    "If you get fever with chills along with the stone pain, go to hospital as the kidney may be blocked "
    "and infected.",
    "Your creatinine of 2.4 is high and you need to see a nephrologist.",
    "Frequent urination at night in a man of your age is often due to an enlarged prostate.",
    "A PSA test and ultrasound of the prostate with post void residual urine will help.",
    "Headache on waking up with vomiting and blurred vision needs an urgent MRI of the brain.",
    "This sounds like migraine, especially since it is one sided, throbbing and worse with light.",
    "Take naproxen 500 mg at the start of the headache, not after it becomes severe.",
    "Propranolol 20 mg twice daily can be taken for three months to prevent migraine attacks.",
    "Sudden weakness of one side of the body or slurred speech is a stroke until proven otherwise and "
    "needs a hospital within minutes.",
    "Tingling in the feet in diabetics is due to neuropathy and needs good sugar control.",
    "Vitamin B12 level should be checked, since deficiency can cause numbness in hands and feet.",
    "Welcome change in your MRI is that the disc bulge at L4-L5 has not progressed since last year.",
    "Low back pain of this type improves with back extension exercises and staying active.",
    "Avoid lifting heavy weights and sitting for long hours without a break.",
    "Pregabalin 75 mg at night helps the shooting pain down the leg.",
    "Loss of control of urine or stool with back pain is an emergency, so go to hospital immediately.",
    "Neck pain from long hours at the computer improves when the screen is at eye level.",
    "Your knee X-ray shows early osteoarthritis with mild reduction of joint space.",
    "Quadriceps strengthening exercises are the most useful treatment for knee arthritis.",
    "Lose weight, as every kilogram lost reduces the load on the knees.",
    "Apply an ice pack for 15 minutes three times a day for the first two days after the sprain.",
    "Wear a knee cap during walking and avoid squatting and sitting cross legged.",
    "Uric acid of 8.9 with a swollen big toe is gout.",
    "Take colchicine 0.5 mg twice daily and avoid red meat, organ meats and beer.",
    "Vitamin D of 11 ng/ml is deficient and should be treated with 60000 IU once a week for eight weeks.",
    "Spend 20 minutes in the morning sun with arms and face exposed.",
    "The ring shaped itchy rash in the groin is a fungal infection called tinea cruris.",
    "Apply luliconazole cream twice daily for four weeks, continuing two weeks after the rash clears.",
    "Do not use steroid creams like the one you bought from the chemist, as they make fungal infection worse.",
    "Keep the area dry and wear loose cotton undergarments.",
    "Acne of this grade needs adapalene gel at night and a benzoyl peroxide face wash in the morning.",
    "Do not squeeze the pimples, as this leaves scars.",
    "Hair fall three months after typhoid is telogen effluvium and will recover on its own.",
    "Get haemoglobin, ferritin and thyroid tests done for the hair fall.",
    "The dark patches on the cheeks are melasma and need a sunscreen of SPF 30 or above every day.",
    "Itching that is worse at night and affects other family members is scabies.",
    "Apply permethrin 5 % cream from neck to toes at night and wash off after eight hours, and repeat "
    "after a week.",
    "All family members must be treated at the same time.",
    "Your haemoglobin of 8.2 g/dl shows moderate anaemia.",
    "Take ferrous sulphate 200 mg once daily with orange juice, not with milk or tea.",
    "Deworm yourself with albendazole 400 mg single dose.",
    "Eat green leafy vegetables, dates, jaggery and pulses.",
    "Heavy periods lasting more than seven days need an ultrasound of the pelvis.",
    "The ultrasound shows a 3 cm fibroid, which is small and can be watched.",
    "Tranexamic acid 500 mg three times a day during the heavy days will reduce the bleeding.",
    "Irregular periods with weight gain and facial hair suggest polycystic ovary syndrome.",
    "Losing even 5 % of body weight can make periods regular in PCOS.",
    "Take folic acid 5 mg daily from now until three months of pregnancy.",
    "Bleeding with cramping pain in early pregnancy needs an ultrasound today to check the pregnancy.",
    "Your beta hCG of 1200 means you are pregnant.",
    "Emergency contraceptive pill works best if taken within 72 hours of unprotected intercourse.",
    "White discharge with curdy appearance and itching is a yeast infection.",
    "Insert clotrimazole vaginal tablet at night for six nights.",
    "Please get a Pap smear done every three years after the age of 21.",
    "Your semen analysis shows low sperm motility of 30 %, which can improve with treatment.",
    "Avoid hot baths, tight underwear and keeping the laptop on your lap.",
    "Red eye with discharge and sticky lids in the morning is bacterial conjunctivitis.",
    "Put moxifloxacin eye drops one drop four times a day for five days.",
    "Sudden loss of vision or seeing flashes and a curtain in the vision needs an eye specialist the same day.",
    "Dry eyes from long screen use improve with lubricating drops and blinking often.",
    "Ear pain with fever in a child is mostly middle ear infection.",
    "Do not put oil or any drops into the ear if there is discharge, since the ear drum may be perforated.",
    "Wax can be softened with soda glycerine drops for five days and then removed by an ENT doctor.",
    "Nasal blockage with sneezing in the morning is allergic rhinitis.",
    "Take levocetirizine 5 mg at night and use fluticasone nasal spray once a day.",
    "A tooth that is painful on biting needs an X-ray to see if root canal treatment is needed.",
    "Rinse with chlorhexidine mouthwash twice daily for the gum bleeding.",
    "A mouth ulcer that has not healed in three weeks must be biopsied.",
    "Feeling low, losing interest and poor sleep for more than two weeks are signs of depression.",
    "Escitalopram 10 mg once daily takes two to four weeks to start working.",
    "Do not stop the medicine suddenly without asking your psychiatrist.",
    "If you get thoughts of harming yourself, go to the nearest emergency department or call a helpline now.",
    "Panic attacks are not dangerous even though they feel like a heart attack.",
    "Breathe slowly in for four counts and out for six counts during the attack.",
    "Sleep at the same time every night and keep the mobile phone away from the bed.",
    "Walk briskly for 30 minutes at least five days a week.",
    "Drink enough water so that your urine stays pale yellow.",
    "Eat three regular meals and do not skip breakfast.",
    "Cut down sugar, sweets, cold drinks and bakery items.",
    "Fill half your plate with vegetables and salad.",
    "Climbing stairs instead of taking the lift is a simple way to stay active.",
    "Yoga and pranayama for 20 minutes daily help to reduce stress.",
    "A dog bite needs washing with soap and running water for 15 minutes and the anti rabies vaccine schedule.",
    "Tetanus injection should be taken if the last dose was more than five years back.",
    "High fever with body pain and rash in this season could be dengue, so get an NS1 antigen and platelet count.",
    "Do not take ibuprofen or aspirin if dengue is suspected, use only paracetamol.",
    "Fever with chills every alternate day needs a malaria smear or rapid test.",
    "Typhoid is confirmed by blood culture, not by the Widal test alone.",
    "Complete the full course of the antibiotic even if you feel better in two days.",
    "HIV testing is advised three months after the exposure to be fully sure.",
    "Regards your sugar levels, a post meal value of 210 mg/dl shows that the diet is not controlled yet.",
    "Do a complete blood count, ESR and CRP to look for infection.",
    "Please continue the same dose of insulin and check sugars at home four times a day.",
    "Help from a physiotherapist for two weeks will make the shoulder movements better.",
    "Care of the feet is very important in diabetes, so check them daily for cuts and blisters.",
    "Hopefully the swelling will go down in three to four days with the anti inflammatory tablets.",
    "A lump in the breast that is hard and not moving needs a mammogram and biopsy.",
    "The small soft lump under the skin that moves freely is most likely a lipoma and is harmless.",
    "Swollen glands in the neck during a cold usually shrink in two to three weeks.",
    "A gland that is larger than 2 cm or growing after a month needs fine needle aspiration cytology.",
)

OPEN10 = (
    "Hi,",
    "Hello~",
    "Hello and welcome to {site}.",
    "HELLO AND THANKS FOR YOUR QUERY.",
    "Hi dear~",
    "Hi {name},",
    "Dear {name}, I have gone through your query and understand your concern.",
    "Greetings from {site}!",
    "Respected Sir,",
    "Respected madam,",
    "Namaste.",
    "Assalam o Alaikum.",
    "Good day to you!",
    "Hi, Thanks for writing in.",
    "Thanks for your query.",
    "Thank you for posting on {site}.~",
    "Thanks for choosing {site} for your health concern.",
    "Thank you for trusting {site} with your problem, I will try my best to help you.",
    "I am Dr. {dr}, {deg}, and I will be answering your query today.",
    "I am Dr {dr}, a {spec} with {years} years of experience.",
    "Hi, I am Dr. {dr} from {city}.",
    "Myself Dr.{dr},{spec}, {hosp}.",
    "I have gone through your query in detail.",
    "I have read your question carefully and understand your worry.",
    "I went through your history and the reports you have posted.",
    "I can understand your concern for your mother.",
    "I can understand how worried you must be about your son.",
    "Sorry to hear about your problem.",
    "Very sorry to know about your father's illness.",
    "Don't worry, I am here to help you.",
    "Dont worry dear.",
    "No need to panic.",
    "Welcome to {site}.",
    "Welcome to {site}, I am Dr. {dr} and I have read your query.",
    "Hello dear, welcome to {site}~",
    "Hi. Thanks for query.",
    "hi thanx for the query",
    "Hello Mr. {name},",
    "Hello Mrs. {name}, thanks for the detailed history.",
    "Good morning {name},",
    "Good evening.",
    "Hello!!~",
    "Dear friend,",
    "Dear patient,",
    "Dear Sir/Madam,",
    "Dear user, thanks for asking.",
    "Dear {name} ji,",
    "Brother {name},",
    "Hi there!",
    "Hey {name}, thanks for reaching out.",
    "Thanks for the query to {site}.",
    "Thanks for asking in {site}, it is my pleasure to help you.",
    "I appreciate your concern regarding your health.",
    "Well come to {site}.",
    "Welcome on {site} and thanks for your question.",
    "Salaam and greetings.",
    "Peace be upon you.",
    "Good day and thank you for consulting us.",
    "Hello, I am Dr.{dr}. I have thoroughly gone through your case.",
    "I welcome you to {site}.",
    "HI.~",
    "HELLO.",
    "Hello, As per your query I can say following things.",
    "Thank you for the question and the details provided.",
    "Thanks for sharing your health concern with us.",
    "Nice to hear from you again.",
    "Thanks for the follow up query.",
    "Thank u for contacting {site}.",
    "Greetings!",
    "Warm greetings.",
    "Season's greetings from {city}!",
    "Ramadan Kareem.",
    "Hello. I read through your query and the attached reports.",
    "In my opinion as a doctor, let me help you with this.",
    "Let me answer your questions one by one.",
    "I shall try to answer your query to the best of my knowledge.",
    "Your question is very important and I appreciate you asking it.",
    "This is Dr. {dr} answering your query on {site}.",
    "Hello, I am a {spec} and I would like to help you.",
    "Good afternoon, thanks for the history.",
    "Hello dear, I understand your worry, it is natural to be anxious.",
    "Hi, welcome to {site}. Let me try to help you.",
    "Thanks for your question on {site}. I am Dr. {dr}, {deg}.",
    "Hello, Welcome to {site}, I am Dr {dr}, I have gone through the query.",
    "I thank you for your trust in me.",
    "Dear mam,",
    "Hi, your query has been noted.",
    "HI AND WELCOME TO {site}.",
    "Hello and thanx for using {site}.Im Dr.{dr}",
    "Dr. {dr} here, {deg}.",
)

CLOSE10 = (
    "Hope this helps.",
    "Hope I have answered your query.",
    "Hope this information will help you.",
    "Hope you find my answer helpful.",
    "Hope this helps you. Take care.",
    "I hope this clarifies your doubt.",
    "Take care.",
    "Take care and stay healthy.",
    "tc dear.",
    "Wish you good health.",
    "Wish you a speedy recovery.",
    "Wishing you good health and happiness.",
    "Get well soon.",
    "God bless you.",
    "God bless.",
    "May Allah give you shifa.",
    "Stay blessed.",
    "All the best.",
    "Best of luck.",
    "Best wishes.",
    "Regards,",
    "Regards~",
    "Rgds.",
    "Regards, Dr. {dr}",
    "Thanks and regards,Dr.{dr}",
    "Thanks & Regards~",
    "With regards, Dr {dr}, {deg}, {hosp}, {city}.",
    "Dr. {dr} {deg}Consultant {spec}, {city}",
    "Dr {dr}",
    "Dr.{dr},{deg}",
    "{deg}",
    "{hosp}, {city}.",
    "Yours sincerely,",
    "Your's truly~",
    "Sincerely,Dr.{dr}",
    "Thank you.",
    "Thanks.",
    "Thanks for using {site}.",
    "Thank you for choosing {site}.",
    "Thank you for consulting {site}.",
    "Thanks for asking, feel free to ask more.",
    "Feel free to ask if you have any more doubts.",
    "Let me know if you need any clarification.",
    "If you have any further query, I will be happy to help.",
    "You can ask me further questions directly on {site}.",
    "For further queries, consult me directly at {link}",
    "For a detailed discussion, you can book a paid consultation with me at {link}",
    "You can reach me for a private consultation through {site}.",
    "For more information consult a {spec} online --> {link}",
    "Please click on the thank you button if you found the answer useful.",
    "Please rate my answer with 5 stars.",
    "Kindly rate the answer and give feedback.",
    "Don't forget to rate the answer.",
    "Please accept my answer if satisfied.",
    "If satisfied, please close the discussion.",
    "Kindly give a review if my answer helped.",
    "Please revert back with reports.",
    "Please revert with your reports for further guidance.",
    "Revert back for any query.",
    "Write back to me after the tests are done.",
    "Send me a follow up query after one week.",
    "You can send the reports to me through {site}.",
    "I will be glad to help you further.",
    "I am always there to help you.",
    "Happy to help anytime.",
    "Have a nice day.",
    "Have a good day ahead.",
    "Good day.",
    "Happy Diwali.",
    "Eid Mubarak.",
    "Merry Christmas and a happy new year.",
    "Stay safe, stay home.",
    "Take care of yourself.",
    "Bye.",
    "Wishing you all the best, Dr. {dr}.",
    "Hope you will get better soon, God willing.",
    "Insha Allah you will be fine.",
    "Thank you for your trust in {site}.",
    "Your feedback is valuable to us.",
    "Sorry for the late reply.",
    "Any further query, feel free to contact.",
    "I hope you got my point.",
    "Do write to me if you have more concerns.",
    "Stay healthy, Dr. {dr}",
    "Regards from {city}.",
    "Thank you for the query. Wish you good health.",
    "Thanks & regards,",
    "Have a healthy life.",
    "TAKE CARE. GOD BLESS.",
    "hope dis helps u",
    "wish u good health n speedy recovery",
    "Thanks for the query, tc.",
    "Dr. {dr}MBBS,MD(Med)Consultant Physician,{city}",
    "Visit me at {hosp}, {city} for a proper examination, I am available on weekdays.",
    "Wishing you and your family a happy Eid.",
)

DAMAGE10 = (
    "Take the syrup three times a Chat Doctor after meals.",
    "(attachment removed to protect patient identity)",
    "Hi, I am Chat Doctor and I have gone through your query.",
    "Regards Chat Doctor.",
    "For more details you can visit Chat Doctor.com.",
    "Your Chat Doctor report is normal.",
    "Get a Chat Doctor done to rule out thyroid problems.",
    "Thanks for trusting Chat Doctor.",
    "Dr. Chat Doctor, MBBS, MD",
    "You can contact me on Chat Doctor for a paid consultation.",
    "I went through the Chat Doctor you have attached.",
    "Take tablet Chat Doctor 400 mg twice a day.",
    "Your son has a Chat Doctor, which is common at this age.",
    "Hello, Chat Doctor. Thanks for the query.",
    "Please consult Chat Doctor in person.",
    "Chat Doctor.",
)


def _fill(template: str, rng: random.Random) -> str:
    """Put names, sites, cities and degrees into one template; one doctor per piece."""
    dr = rng.choice(DRS10)
    slug = dr.split()[-1].lower()
    values = {"{name}": rng.choice(NAMES10), "{dr}": dr, "{site}": rng.choice(SITES10),
              "{city}": rng.choice(CITIES10), "{deg}": rng.choice(DEGREES10), "{hosp}": rng.choice(HOSPITALS10),
              "{spec}": rng.choice(SPECS10), "{years}": rng.choice(YEARS10),
              "{link}": rng.choice(LINKS10).replace("SLUG", slug)}
    for key, value in values.items():
        template = template.replace(key, value)
    return template


def _patient(rng: random.Random) -> str:
    text = rng.choice(PATIENT10)
    for key, value in (("{age}", str(rng.randint(2, 75))), ("{problem}", rng.choice(PROBLEMS10)),
                       ("{rel}", rng.choice(RELATIVES10)), ("{days}", str(rng.randint(2, 30)))):
        text = text.replace(key, value)
    return text[0].upper() + text[1:]


def _join(pieces: list[tuple[str, bool]], rng: random.Random) -> str:
    """Join (text, glued) pieces: a glued piece runs into the next; else a space, a newline or nothing."""
    out = ""
    for index, (text, glued) in enumerate(pieces):
        out += text
        if index == len(pieces) - 1:
            break
        if glued:
            continue
        roll = rng.random()
        if roll < 0.12 and text[-1] in ".!?":
            sep = ""
        elif roll < 0.30:
            sep = rng.choice(("\n", "\n\n", " \n"))
        else:
            sep = " "
        out += sep
    return out


def _boiler(pool: tuple[str, ...], count: int, rng: random.Random) -> list[tuple[str, bool]]:
    pieces = []
    for template in rng.sample(pool, count):
        glued = template.endswith(GLUE)
        pieces.append((_fill(template.removesuffix(GLUE), rng), glued))
    return pieces


def make_row10(rng: random.Random) -> dict:
    """One answer: openers, body sentences with maybe a damaged piece among them, closers."""
    plain = rng.random() < 0.15
    n_open, n_close = (0, 0) if plain else (rng.randint(0, 3), rng.randint(0, 3))
    if not plain and n_open + n_close == 0:
        n_open, n_close = rng.choice(((1, 0), (0, 1), (1, 1)))
    openers, closers = _boiler(OPEN10, n_open, rng), _boiler(CLOSE10, n_close, rng)
    body = rng.sample(BODY10, rng.randint(2, 5))
    middle = [(sentence, False) for sentence in body]
    damage = []
    if not plain and rng.random() < 0.22:
        damage = [_fill(rng.choice(DAMAGE10), rng)]
        middle.insert(rng.randint(0, len(middle)), (damage[0], False))
    if closers and closers[-1][1]:
        closers[-1] = (closers[-1][0], False)
    pieces = openers + middle + closers
    doctor = _join(pieces, rng)
    plants = [text for text, _ in openers] + damage + [text for text, _ in closers]
    return {"Description": rng.choice(DESCRIPTIONS10), "Patient": _patient(rng), "Doctor": doctor,
            "body": body, "plants": plants}


def make_blind10(n: int = ROWS10, seed: int = SEED10) -> list[dict]:
    rng = random.Random(seed)
    return [make_row10(rng) for _ in range(n)]


def main() -> None:
    OUT10.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(row, ensure_ascii=False) for row in make_blind10()]
    OUT10.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} rows to {OUT10}")


if __name__ == "__main__":
    main()
