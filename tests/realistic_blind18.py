"""Blind held-out set 18 for answer cleaning (medqa issue 24): ChatDoctor's derived copies.

How it was made: every sentence below was written by hand for this file, blind. The author did not open the
cleaner's code or tests, the other realistic or blind sets, the project's data files or any dataset text, and
did not run the cleaner on these rows. The set models the copies ChatDoctor released (HealthCareMagic-100k and
iCliniq-10k), where the placeholder "Chat Doctor" replaced site names, doctors' names and, through a faulty
replace, parts of ordinary words; greetings and sign-offs stay around it in the forms those sites used.

How a row is built (`make_row18`): a topic is drawn, with its patient question and 2-5 medical sentences of that
topic (`TOPICS18`, pooled as `BODY18`, mostly in the order finding, treatment, warning signs); 0-3 openers, at
most one per slot of `OPEN_SLOTS18` (salutation, thanks or welcome, reading or empathy or self-introduction),
and 0-3 closers, at most one per slot of `CLOSE_SLOTS18` (wish, invitation or advert, signature), are filled
from the name, doctor, site and city pools, with the placeholder standing for most sites and many doctors, and
the topic's specialist mostly named; in about one row in five a damaged piece (`DAMAGE18`: a medical sentence,
mostly of the row's topic, where the placeholder ate a word or part of one, or the attachment-removed note) goes
among the medical sentences. A row joins its pieces in one style: spaces only, lines kept, or lines lost so that
a full stop runs into the next piece; a template ending in "~" is glued to the next piece. "body" lists the
medical sentences and "plants" the boilerplate and damaged pieces, each verbatim as it stands in "Doctor". A row
is drawn again when one piece sits inside another.
"""
import json
import random
from pathlib import Path

SEED18 = 1818
ROWS18 = 200
OUT18 = Path(__file__).resolve().parent / "data" / "realistic_blind18.jsonl"
PH = "Chat Doctor"

# topic -> (description, patient questions, medical sentences)
TOPICS18 = {
    "fever": ("Fever for four days in my son", [
        "My son is 6 years old and has fever of 102 F since four days, he is also coughing at night. "
        "Paracetamol brings it down only for few hours. What should I do?",
        "my daughter 3yrs having high fever on and off with cold, eating less. pls advice",
    ], [
        "Fever lasting more than three days in a child needs a complete blood count and a urine test.",
        "Give paracetamol 15 mg per kg every six hours when the temperature is above 100 F.",
        "Sponge the body with lukewarm water, not cold water, to bring the temperature down.",
        "A dengue NS1 antigen test is useful in the first five days of fever.",
        "If the child becomes drowsy, refuses feeds or has a fit, take him to the emergency department at once.",
        "Keep him well hydrated with oral rehydration solution, soups and fruit juices.",
        "Antibiotics are not needed for a simple viral fever and will not shorten it.",
        "Watch for rashes, bleeding from the gums or black stools, which need urgent care.",
        "Cough at night with fever may point to a chest infection, so let a doctor listen to his chest.",
        "Ibuprofen can be added for high fever but avoid it if dengue has not been ruled out.",
        "With regards to the cough, honey with warm water at bedtime soothes the throat in children above one year.",
    ]),
    "heart": ("Chest pain on walking", [
        "I am 52 male, diabetic, for last two weeks I get chest heaviness while climbing stairs which goes on "
        "rest. ECG done was normal. Is it heart problem?",
        "Sir my father aged 60 has pain in left chest and arm sometimes with sweating. BP 150/95.",
    ], [
        "Chest heaviness on exertion that settles with rest is typical of angina until proved otherwise.",
        "A normal resting ECG does not rule out blockage of the coronary arteries.",
        "A treadmill stress test or a CT coronary angiogram will show whether the arteries are narrowed.",
        "Start aspirin 75 mg once daily after food unless you have a bleeding ulcer.",
        "Atorvastatin 40 mg at night helps to stabilise the cholesterol plaques.",
        "If the pain lasts more than fifteen minutes or comes with sweating, call an ambulance immediately.",
        "Keep the blood pressure below 130/80 with regular medicines and less salt.",
        "Stop smoking completely, as it doubles the risk of a heart attack.",
        "Get a lipid profile and HbA1c done on a fasting sample.",
        "Take care to avoid heavy exertion until the stress test report is available.",
        "An echocardiogram will tell us how well the heart muscle is pumping.",
    ]),
    "skin": ("Itchy rash on thighs", [
        "I have red round itchy patches on inner thighs and groin since one month. Used some cream from "
        "chemist, it got better then came back worse.",
        "Doctor I have pimples on face and back since 2 years, tried many face washes nothing works. Age 22 female",
    ], [
        "The round itchy patches with a raised edge look like a fungal infection called tinea cruris.",
        "Apply luliconazole 1 % cream twice daily on the patch and two centimetres around it for four weeks.",
        "Steroid creams mixed with antifungals make the infection spread and should be stopped.",
        "Take itraconazole 100 mg twice daily for two weeks if the patches are widespread.",
        "Wear loose cotton underwear and dry the groin well after bathing.",
        "Wash towels and clothes in hot water and do not share them with family members.",
        "For acne, apply adapalene 0.1 % gel at night on the whole face, not only on the pimples.",
        "Benzoyl peroxide 2.5 % wash in the morning reduces the bacteria that cause acne.",
        "Doxycycline 100 mg daily for six to eight weeks helps inflamed acne on the back.",
        "Avoid squeezing the pimples, as it leaves dark marks and scars.",
        "A dusting powder in the folds helps to keep the area dry during summer.",
    ]),
    "stomach": ("Burning in stomach after food", [
        "Sir I am having burning in upper abdomen and sour belching after eating, more at night. Age 35. "
        "Taking pantop sometimes.",
        "I have loose motions 6-7 times a day since yesterday with cramps, no blood. What medicine can I take?",
    ], [
        "Burning in the upper abdomen with sour belching is due to acid reflux.",
        "Take pantoprazole 40 mg half an hour before breakfast daily for four weeks.",
        "Eat your dinner at least three hours before lying down and raise the head end of the bed.",
        "Cut down on tea, coffee, spicy and fried food and stop alcohol.",
        "An upper GI endoscopy is advised if there is weight loss, vomiting of blood or difficulty swallowing.",
        "A stool test for H. pylori antigen can find an infection that keeps the acid problem going.",
        "For loose motions, sip oral rehydration solution after every stool.",
        "Racecadotril 100 mg three times a day can reduce the number of stools.",
        "If there is blood in the stool, high fever or you pass very little urine, go to hospital.",
        "Curd rice, bananas and boiled potatoes are easy on the gut while it recovers.",
        "Probiotic sachets for five days help the gut flora recover after diarrhoea.",
    ]),
    "women": ("Irregular periods and weight gain", [
        "I am 24 female, periods come every 2-3 months, gaining weight and hair on chin. Ultrasound says "
        "bulky ovaries. Can I get pregnant?",
        "Missed my period by 10 days, home test negative twice. Married, trying for baby. Worried.",
    ], [
        "Irregular cycles with weight gain and chin hair suggest polycystic ovary syndrome.",
        "Get fasting insulin, TSH, prolactin and LH/FSH tested on the second day of the cycle.",
        "Losing five to ten percent of body weight often brings the periods back to a regular cycle.",
        "Metformin 500 mg twice daily with food improves insulin resistance in PCOS.",
        "Many women with PCOS conceive with ovulation induction using letrozole.",
        "A delayed period with negative urine tests can be checked with a serum beta hCG test.",
        "Stress, thyroid problems and sudden weight changes can all delay a period.",
        "Start folic acid 5 mg daily now, since you are planning a pregnancy.",
        "If you have severe lower abdominal pain or bleeding with a positive test, rush to emergency.",
        "Walk briskly for forty minutes at least five days a week.",
        "Dear as the fertility work-up may be, a follicular study tells whether eggs are being released.",
    ]),
    "back": ("Low back pain going to leg", [
        "I work in IT, sitting 10 hrs, lower back pain since 3 months going down my right leg till the foot, "
        "tingling also. MRI shows L4-L5 disc bulge.",
        "back pain after lifting heavy bucket 2 days back, cant bend. pls help",
    ], [
        "Pain running down the leg with tingling is due to the disc pressing on a nerve root.",
        "Most disc bulges settle with physiotherapy and time, without surgery.",
        "Pregabalin 75 mg at night helps the nerve pain and tingling.",
        "Avoid lifting weights and bending forward for the next six weeks.",
        "Core strengthening exercises taught by a physiotherapist protect the back in the long run.",
        "If you lose control of urine or stools or the leg becomes weak, this is an emergency.",
        "Sit on a chair with back support and get up to walk every forty minutes.",
        "A hot water bag on the lower back for fifteen minutes eases the muscle spasm.",
        "There is every hope that the nerve recovers fully with three months of proper rehabilitation.",
        "Etoricoxib 90 mg once daily after food can be taken for a week for the pain.",
        "A firm mattress is better than a very soft one for your back.",
    ]),
    "diabetes": ("High sugar readings", [
        "My mother 58 yrs diabetic for 10 years on glycomet 500 twice daily, fasting sugar 190 and post meal "
        "280. HbA1c 9.1. What to do?",
        "recently diagnosed diabetes, fasting 140. Can I control without tablets by diet?",
    ], [
        "An HbA1c of 9.1 % means the sugar has been poorly controlled for the last three months.",
        "Metformin can be increased to 1000 mg twice daily with meals if the kidneys are normal.",
        "A second drug such as glimepiride 1 mg before breakfast may be added.",
        "Check the kidney function, urine albumin and an eye examination every year.",
        "Fill half the plate with vegetables and reduce rice, chapati and sweets.",
        "Sugar below 70 with sweating and shaking should be treated at once with glucose or sugar water.",
        "Walk for thirty minutes after dinner every day.",
        "Early diabetes can sometimes be controlled with diet, exercise and weight loss alone.",
        "Examine the feet daily for cuts or blisters and never walk barefoot.",
        "Repeat the HbA1c after three months to see whether the treatment is working.",
        "Insulin may be needed if the sugar stays high despite three tablets.",
    ]),
    "child": ("Baby not gaining weight", [
        "My baby is 7 months, weight 6.2 kg, birth weight 3 kg. Started cerelac. Doctor says weight is low. "
        "She is active.",
        "my 2 yr old son eats very little, only milk, very thin. any tonic?",
    ], [
        "The weight gain is slower than expected, and her growth should be plotted on a chart.",
        "Start home-made mashed foods like dal rice, khichdi, mashed banana and egg yolk.",
        "Offer solids four to five times a day and breastfeed after the meal, not before.",
        "Too much milk fills a toddler's stomach and takes away his appetite for food.",
        "Limit milk to about 400 ml a day for a child of two years.",
        "A urine culture and a haemoglobin test will rule out hidden infection and anaemia.",
        "Deworming with albendazole 400 mg once is advised every six months after the age of two.",
        "Tonics do not improve appetite and are not needed.",
        "If the baby is lethargic, vomits repeatedly or has fewer wet nappies, see a doctor the same day.",
        "Let the child eat with the family and avoid screens during meals.",
    ]),
    "mind": ("Anxiety and sleeplessness", [
        "I am 29 and since few months I feel anxious always, heart racing, cannot sleep before 3 am, "
        "overthinking about job. Is it depression?",
        "i feel low all the time, no interest in anything, crying. please help me",
    ], [
        "Constant worry with a racing heart and poor sleep fits an anxiety disorder.",
        "Escitalopram 5 mg once daily, increased to 10 mg after a week, works well for anxiety.",
        "These medicines take four to six weeks to show their full effect, so do not stop them early.",
        "Cognitive behavioural therapy with a psychologist helps as much as the tablets.",
        "Go to bed and wake up at fixed times, even on holidays.",
        "Keep the phone out of the bedroom and avoid screens an hour before sleep.",
        "Cut down on coffee and energy drinks, especially after lunch.",
        "If you have thoughts of harming yourself, go to the nearest emergency or call a crisis helpline now.",
        "Low mood with loss of interest for more than two weeks needs assessment for depression.",
        "Talking to a trusted friend or family member about how you feel is a good first step.",
        "A thyroid test is worth doing, as an overactive thyroid can cause a racing heart.",
    ]),
    "eye_ent": ("Ear pain and blocked ear", [
        "I have pain in right ear and it feels blocked since 3 days after cold. Little discharge also.",
        "eyes red and watery since morning, sticky in the morning, my son also has same",
    ], [
        "Ear pain with discharge after a cold is due to a middle ear infection.",
        "Take amoxicillin with clavulanic acid 625 mg twice daily for seven days.",
        "Do not put oil or drops into an ear that is discharging.",
        "Keep water out of the ear while bathing by plugging it with cotton coated in vaseline.",
        "Steam inhalation twice a day opens the blocked nose and eases the ear.",
        "Red sticky eyes in two family members suggest infective conjunctivitis.",
        "Use moxifloxacin eye drops one drop four times a day for five days.",
        "Wash hands often and use a separate towel, as it spreads easily.",
        "Sudden loss of vision or severe eye pain needs an eye specialist the same day.",
        "An audiometry test after the infection settles will check the hearing.",
        "The radiologist has written a query of fluid behind the eardrum, which fits the infection.",
    ]),
    "urine": ("Burning while passing urine", [
        "burning urination and going frequently since 2 days, lower abdomen pain. female 30.",
        "My father 68 has to get up 4-5 times at night to pass urine, weak stream. PSA?",
    ], [
        "Burning and frequent urination point to a urinary tract infection.",
        "Send a urine routine and culture test before starting the antibiotic.",
        "Nitrofurantoin 100 mg twice daily for five days usually clears a simple bladder infection.",
        "Drink at least three litres of water a day unless a doctor has restricted fluids.",
        "Fever with back pain and vomiting means the infection may have reached the kidney and needs hospital care.",
        "Getting up at night with a weak stream in older men is usually due to an enlarged prostate.",
        "Tamsulosin 0.4 mg at bedtime relaxes the prostate and improves the flow.",
        "A PSA blood test and an ultrasound with post-void residual urine are advised.",
        "Reduce fluids after 7 pm and avoid tea or coffee in the evening.",
        "A drop in the number of night visits after two weeks of tamsulosin is a welcome sign of response.",
        "If he cannot pass urine at all, he needs a catheter in the emergency department.",
    ]),
    "bones": ("Knee pain in the morning", [
        "My mother 62 has knee pain both sides, more while climbing stairs and getting up from floor. X-ray "
        "shows reduced joint space.",
        "twisted my ankle playing football, swollen and blue, can walk with pain",
    ], [
        "Reduced joint space on the X-ray shows osteoarthritis of the knees.",
        "Quadriceps strengthening exercises are the most useful treatment for knee arthritis.",
        "Avoid sitting on the floor, squatting and using an Indian toilet.",
        "Paracetamol 650 mg up to three times a day is safer than painkillers for elderly people.",
        "A knee cap during long walks gives support and confidence.",
        "Losing weight takes a lot of load off the knees.",
        "Check vitamin D and calcium levels, which are often low at her age.",
        "For the ankle, rest, ice packs for twenty minutes, a crepe bandage and keeping the foot raised help.",
        "An X-ray of the ankle is needed if you cannot take four steps or the bone is tender.",
        "Numbness of the foot or a cold, pale toe after an injury needs emergency review.",
        "Thanks to good blood supply, most ankle sprains heal within four to six weeks.",
    ]),
}
BODY18 = [sentence for _, _, sentences in TOPICS18.values() for sentence in sentences]

# medical sentences whose word or part of a word the placeholder replaced, by topic (None: any topic)
DAMAGE_BY_TOPIC18 = {
    "fever": [f"Give paracetamol syrup every six hours, not more than four doses in a {PH}.",
              f"Keep him well hy{PH}ated with ORS and soups."],
    "heart": [f"Dr. {PH} at the cardiology OPD will decide whether an angiogram is needed.",
              f"Take the blood thinner once {PH} after lunch."],
    "skin": [f"Apply the cream on the patch twice a {PH} for two weeks.",
             f"Skin looks {PH}y and scaly, so use a moisturiser after bath."],
    "stomach": [f"The {PH} you are taking for acidity can be continued for a month.",
                f"{PH}ink plenty of fluids and avoid outside food."],
    "women": [f"The {PH} you consulted has rightly advised a pelvic ultrasound.",
              f"Take the hormone tablets for twenty-one {PH}s and then stop for seven."],
    "back": [f"Avoid {PH}iving two-wheelers on bumpy roads for a month.",
             f"Do the stretching exercises two times a {PH}."],
    "diabetes": [f"Check the sugar at home with a glucometer three times a {PH}.",
                 f"Avoid sweets, {PH}y fruits and sugary drinks."],
    "child": [f"Your son's {PH} of iron syrup should be given after food.",
              f"Give her {PH}y fruit powder mixed in milk only after one year."],
    "mind": [f"Do not take sleeping {PH}ugs without a prescription.",
             f"Dr. {PH} is a good psychiatrist you can see in person."],
    "eye_ent": [f"Put two {PH}ops in the affected eye four times a day.",
                f"Keep the ear {PH}y while bathing."],
    "urine": [f"{PH}ink at least three litres of water in a {PH}.",
              f"You can get the urine culture done at {PH} or any nearby lab."],
    "bones": [f"Apply ice packs three to four times a {PH} for the swelling.",
              f"Use a knee cap while walking and avoid {PH}iving for long hours."],
    None: ["(attachment removed to protect patient identity)", f"Use a clean towel and {PH} the area well.",
           f"Consult {PH} for the report review after the tests."],
}
DAMAGE18 = [piece for pieces in DAMAGE_BY_TOPIC18.values() for piece in pieces]

NAMES18 = ["Priya", "Rahul", "Mrs. Sharma", "Anjali", "Mr. Khan", "Deepak", "Sneha", "John", "Maria", "Ayesha",
           "Ravi", "Kavita", "Mr. Reddy", "Sara", "Imran", "Pooja", "Vikram", "Fatima", "Ms. Das", "Karan"]
DOCTORS18 = ["Rajesh Kumar", "Anita Mehta", "S. K. Gupta", "Sunil Patil", "Farhan Ali", "Meera Nair",
             "Prakash Rao", "Neha Joshi", "Arvind Singh", "Lakshmi Iyer", "Manish Verma", "Gurpreet Kaur",
             "Shyam Sundar", "Nadia Hussain", "Vinod Kulkarni"]
SITES18 = ["HealthcareMagic", "HCM", "iCliniq", "Health Care Magic", "Ask A Doctor"]
PH_SITE18 = 0.7  # the copies replaced most site names with the placeholder
PH_DOCTOR18 = 0.4  # and many doctors' names
CITIES18 = ["Pune", "Chennai", "Lucknow", "Hyderabad", "Kolkata", "Jaipur", "Kochi", "Nagpur", "Indore", "Delhi"]
SPECS18 = ["general physician", "dermatologist", "cardiologist", "gynaecologist", "orthopaedic surgeon",
           "paediatrician", "psychiatrist", "ENT surgeon", "urologist", "gastroenterologist"]
DEGREES18 = ["MBBS, MD", "MBBS MD (Med)", "M.B.B.S., D.N.B.", "MBBS, MS(Ortho)", "MD, DVL", "MBBS DCH",
             "MBBS, MRCP (UK)", "MBBS, DGO", "M.D. (Psych)", "MBBS MS ENT"]

# openers by slot, in answer order; "~" at the end glues the template to the next piece
OPEN_SLOTS18 = (
    [  # salutations
        "Hello {name},", "Hello dear,", "Hi there,", "Dear Sir/Madam,", "Respected {name},",
        "Hi {name}, Good morning.", "Namaste {name},", "Dear friend,", "Hello! Nice to meet you.",
        "Good afternoon {name}.", "Hello sir, hope you are doing well.",
        "Hi, Hope this message finds you in good health.", "Hi. Nice to hear from you again.",
        "Hello, Hope you are fine.",
    ],
    [  # thanks and welcomes, often naming the site
        "Hi, Thanks for asking {site}.", "Hello and Welcome to {site}~",
        "Hi,Thank you for posting your query on {site}.", "Dear {name}, Thanks for the query to {site}.",
        "Hi. Welcome to {site} forum.", "Thanks for choosing {site} for your query~", "HELLO AND WELCOME TO {site}.",
        "Greetings from {site}!", "Thank you for writing to us at {site}~", "Thanks for your question on {site}.",
        "Hello and thanks for the query.", "Hallo,thanx for writing to {site}~", "hi,thanks for query",
        "Thank you for trusting {site} with your health.", "Welcome to HealthcareMagic.",
        "Hi! Good evening. Thanks for your query.", "Dear patient, Thank you for contacting {site}.",
        "Hi Dear, Welcome to {site}~",
        "Thanks for posting your question in {site} and sorry to hear about your problem.",
        "Hello, Thank you for asking on {site}. I am a {spec} and I will answer your query.",
        "HI. THANKS FOR THE QUERY.", "Hello, Greetings from Dr. {dr}.", "Thanks a lot for the query.",
        "Dear Mr./Ms., Thanks for the question.", "Hi. Thanks for reaching out to {site}.",
        "Hi, Welcome to ICliniq.com~", "Thanks for your trust in {site}~", "Hi there! Thank you for asking.",
        "Welcome back to {site}, {name}.", "Good morning, Thanks for using {site}~", "Dear, Thanks for asking.",
        "Hello Thank you for your query~", "Welcome to {site}.com~", "Hi friend, Thanks for the question.",
        "Hallo dear, Thanks for writing.", "Hi, Thanks for choosing Health Care Magic for your health query.",
        "Greetings of the day!", "Hello {name}, Thanks for trusting me with this question.",
        "Hi, Thanks for the question and your patience.", "Dear user, thanks for asking~",
        "Thanks for asking in {site} forum~",
    ],
    [  # reading, empathy and self-introductions
        "Welcome to {site}. I am Dr. {dr}, a {spec}.", "I am Dr. {dr}, {spec} with {yrs} years of experience.",
        "Hi, I am Dr. {dr}. I read your query carefully.",
        "Hello, I have gone through your query and understand your concern.",
        "Hi, I have read your question and understood your concerns.",
        "Hello {name}, Welcome to {site}. I understand your worry.", "Hi, I can understand your concern~",
        "I went through the details you have given and the reports.",
        "Hello, I am Dr. {dr} and I will help you today.", "I understand how stressful this must be for you.",
        "Sorry to know about your health issue.", "Dear {name}, I appreciate your concern for your {rel}.",
        "Hi. I have seen the attached reports.", "Hello, Thanks for writing in. I have seen the photos.",
        "Thanks for your query. I am here to help you.", "Hi, Welcome to {site}. Your concern is understandable~",
        "Hello, Let me answer your query point wise.", "Hello, I have reviewed your history carefully.",
        "Hi, Your query has been noted.", "Dr. {dr} here. Welcome.", "Hello and welcome. Do not panic.",
        "Hi, Thanks for your question,I can understand your problem.", "Thank you for the detailed history.",
        "Hi! I am Dr. {dr}, {deg}, and I have gone through your question.",
        "Hello, I would be happy to help you with your question.", "Hi, Thanks for the query. Do not worry.",
        "Welcome to {site}! Dr. {dr} here.", "Hi, it is good that you asked.", "Hi, I am glad you contacted {site}.",
        "Hi,I have read through your query in detail~", "Hi, I am Chat Doctor, answering your query.",
    ],
)
OPEN18 = [t for slot in OPEN_SLOTS18 for t in slot]

# closers by slot, in answer order
CLOSE_SLOTS18 = (
    [  # hopes, wishes and thanks
        "Hope this helps.", "Hope I have answered your query. Let me know if I can assist you further.", "Take care.",
        "Wish you good health~", "Hope this information is helpful. Thanks for using {site}.",
        "Wishing you a speedy recovery.", "Best wishes.", "Take care and stay healthy.", "tc, good luck",
        "I hope this answers your question.", "God bless you.", "Thank you.", "Hope you get well soon.",
        "Wish you all the best.", "Thanks.", "Hope this helps. Take care~", "Stay blessed.",
        "Wish your {rel} a quick recovery.", "Let me know how you are doing after a week.", "Have a nice day.",
        "Good luck!", "Happy Diwali in advance.", "Thanks once again for choosing {site}.", "Get well soon, {name}.",
        "Hope I have clarified your query.", "Wishing you and your baby good health.", "I hope you feel better soon.",
        "Bye.", "With warm wishes.", "Take good care of yourself and your family.",
        "Wish you a happy and healthy life.", "All the best!", "Good day.", "Thanks for writing in and take care.",
        "May God bless you with good health.", "Hoping for your early recovery.", "Best of luck.",
        "Good luck and take care.", "Hope you found my answer useful, {name}.", "Thank you and have a great day.",
        "Stay safe and healthy.", "Wishing you a happy new year and good health.",
        "Hope this is helpful to you. Regards.",
    ],
    [  # invitations, adverts, referral links and rating requests
        "Feel free to ask further questions.", "Hope my answer helps you. Please rate it.",
        "If you have further queries, write back to {site}.", "Any further queries are welcome.",
        "For more information consult a {spec} online --> http://www.{site}.com/ask-a-doctor-online/{specslug}",
        "You can contact me directly for a private consultation on {site}.",
        "Kindly rate my answer if you found it useful.", "Please do not hesitate to contact me again.",
        "I will be happy to help you further.", "Feel free to revert back to me with the reports.",
        "Please accept my answer if it was helpful.", "Hope this clears your doubts.",
        "You can ask me a direct question here: www.{site}.com/doctors/{drslug}",
        "If you have any other doubt, do write to me.", "Please feel free to follow up.",
        "Hope I was helpful. Rate me.", "Feel free to discuss further.",
        "Hope to hear from you soon with the reports.", "Do write back with the result of the tests.",
        "Thanks for asking.", "I am always here to help you.",
        "For further follow up, consult a {spec} online on {site}.",
    ],
    [  # signatures
        "Regards, Dr. {dr}", "Regards Dr. {dr}, {spec}", "Dr. {dr} {deg}, {city}", "Thanks and regards,Dr. {dr}",
        "Rgds, Dr. {dr}", "With best regards, Dr. {dr}, {deg}, Consultant {spec}, {city}.",
        "Regards, Dr. {dr}, {deg}", "DR. {dr}", "Thanks for using {site}, Dr. {dr}",
        "Wishing you good health, Dr. {dr} ({spec})", "Regards", "Dr. {dr}, {spec}, {city}.", "Thanks, Dr. {dr}",
        "Thank you for your question, Dr. {dr}", "Kind regards, {dr}.", "Regards,Dr.{dr},{deg}",
        "Warm regards, Dr. {dr}", "REGARDS DR {dr}", "Sincerely, Dr. {dr}, Consultant {spec}", "Regards, {site}.",
        "Chat Doctor.", "Regards, Chat Doctor, {deg}",
    ],
)
CLOSE18 = [t for slot in CLOSE_SLOTS18 for t in slot]
RELATIVES18 = ["mother", "father", "son", "daughter", "wife", "husband", "baby", "grandmother"]
TOPIC_SPEC18 = {"fever": "paediatrician", "heart": "cardiologist", "skin": "dermatologist",
                "stomach": "gastroenterologist", "women": "gynaecologist", "back": "orthopaedic surgeon",
                "diabetes": "general physician", "child": "paediatrician", "mind": "psychiatrist",
                "eye_ent": "ENT surgeon", "urine": "urologist", "bones": "orthopaedic surgeon"}
# a row's joining style: spaces only, lines kept, or lines lost so that a full stop runs into the next piece
JOIN_STYLES18 = [(45, [(" ", 1)]), (30, [(" ", 70), ("\n", 20), ("\n\n", 10)]), (25, [(" ", 55), ("", 45)])]


def _slug(text):
    return text.lower().replace(". ", "-").replace(" ", "-").replace(".", "")


def _context(rng, topic):
    dr = PH if rng.random() < PH_DOCTOR18 else rng.choice(DOCTORS18)
    site = PH if rng.random() < PH_SITE18 else rng.choice(SITES18)
    spec = TOPIC_SPEC18[topic] if rng.random() < 0.8 else rng.choice(SPECS18)  # mostly the topic's specialist
    return {"name": rng.choice(NAMES18), "dr": dr, "site": site, "city": rng.choice(CITIES18), "spec": spec,
            "deg": rng.choice(DEGREES18), "yrs": rng.randint(4, 25), "rel": rng.choice(RELATIVES18),
            "drslug": _slug(dr), "specslug": _slug(spec)}


def _fill(template, ctx):
    glued = template.endswith("~")
    return template.rstrip("~").format(**ctx), glued


def _counts(rng):
    if rng.random() < 0.12:  # a bare answer, medical sentences only
        return 0, 0
    while True:
        n_open = rng.choices([0, 1, 2, 3], [20, 45, 25, 10])[0]
        n_close = rng.choices([0, 1, 2, 3], [20, 40, 30, 10])[0]
        if n_open or n_close:
            return n_open, n_close


def _close_order(rng, n_close):
    order = sorted(rng.sample(range(3), n_close))
    if n_close >= 2 and order[:2] == [0, 1] and rng.random() < 0.3:  # an invitation before the wish
        order[:2] = [1, 0]
    return order


def _pieces(rng, topic, sentences):
    """(text, kind, glued) in answer order: openers, medical sentences with maybe one damaged piece, closers."""
    ctx = _context(rng, topic)
    n_open, n_close = _counts(rng)
    opens = [(*_fill(rng.choice(OPEN_SLOTS18[k]), ctx), "plant") for k in sorted(rng.sample(range(3), n_open))]
    closes = [(*_fill(rng.choice(CLOSE_SLOTS18[k]), ctx), "plant") for k in _close_order(rng, n_close)]
    picked = rng.sample(range(len(sentences)), rng.randint(2, 5))
    if rng.random() < 0.75:  # most doctors go from finding to treatment to warning signs
        picked.sort()
    body = [(sentences[i], False, "body") for i in picked]
    if rng.random() < 0.18:
        damage = rng.choice(DAMAGE_BY_TOPIC18[topic] * 3 + DAMAGE_BY_TOPIC18[None])  # mostly on the topic
        body.insert(rng.randint(0, len(body)), (damage, False, "plant"))
    return [(text, kind, glued) for text, glued, kind in opens + body + closes]


def _join(rng, pieces):
    joins = rng.choices([j for _, j in JOIN_STYLES18], [w for w, _ in JOIN_STYLES18])[0]
    out = []
    for i, (text, _, glued) in enumerate(pieces):
        out.append(text)
        if i == len(pieces) - 1:
            break
        sep = "" if glued else rng.choices([j for j, _ in joins], [w for _, w in joins])[0]
        out.append(" " if sep == "" and not glued and not text.endswith(".") else sep)
    return "".join(out)


def _nested(pieces):
    texts = [t for t, _, _ in pieces]
    return any(a in b for i, a in enumerate(texts) for j, b in enumerate(texts) if i != j)


def make_row18(rng):
    topic = rng.choice(sorted(TOPICS18))
    description, questions, sentences = TOPICS18[topic]
    pieces = _pieces(rng, topic, sentences)
    while _nested(pieces):
        pieces = _pieces(rng, topic, sentences)
    return {"Description": description, "Patient": rng.choice(questions), "Doctor": _join(rng, pieces),
            "body": [t for t, k, _ in pieces if k == "body"], "plants": [t for t, k, _ in pieces if k == "plant"]}


def make_blind18(n=ROWS18, seed=SEED18):
    rng = random.Random(seed)
    return [make_row18(rng) for _ in range(n)]


def main():
    OUT18.parent.mkdir(parents=True, exist_ok=True)
    with OUT18.open("w", encoding="utf-8") as f:
        for row in make_blind18():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {ROWS18} rows to {OUT18}")


if __name__ == "__main__":
    main()
