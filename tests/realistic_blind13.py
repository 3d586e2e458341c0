"""Blind held-out set 13 for answer cleaning (medqa issue 24).

How it was made: every sentence here was written by hand for this file, without opening the cleaning code, its
rules, its tests, any other realistic set or any dataset text. The style imitates the answers of a large paid
online Q&A site where hundreds of doctors write in their own way: a good share of Indian English, long openers
that run a greeting, thanks, "gone through your query" and empathy together, sign-offs that mix a last piece of
advice-like courtesy with thanks, and signature blocks in many layouts (name alone on a line, degrees before or
after the name, hospital and city lines). Some answers give the advice as a numbered or bulleted list between
the opener and the closer, and about one row in ten has no boilerplate at all.

A row is 0-3 openers, 2-5 medical sentences from BODY13 and 0-3 closers, with a damaged piece ("Chat Doctor"
placeholder where a word stood, the attachment-removed note) in about a fifth of the rows. Templates take
{name} {dr} {site} {city} {deg} {hosp} {spec} {yrs} {link}; one ending in "~" is glued to the next piece with no
space, and one starting with "^" is written in capitals. "body" lists the medical sentences exactly as they
appear in "Doctor"; "plants" lists the boilerplate and damaged pieces exactly as they appear.

Regenerate with: PYTHONPATH=$PWD python tests/realistic_blind13.py
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

SEED13 = 131313
ROWS13 = 200
OUT13 = Path(__file__).resolve().parent / "data" / "realistic_blind13.jsonl"

NAMES13 = (
    "Ravi", "Pooja", "Suresh", "Neha", "Amit", "Fatima", "John", "Lakshmi", "Sanjay", "Anita", "Rahul", "Divya",
    "Imran", "Maria", "Gaurav", "Sneha", "Vikram", "Zara", "Mr. Rao", "Mrs. Gupta",
)
DOCTORS13 = (
    "Rakesh Sharma", "Priya Nair", "S. K. Gupta", "Anjali Deshpande", "Mohammed Irfan", "Venkatesh Rao",
    "Kavita Joshi", "Arun Kumar", "Sunita Reddy", "Nikhil Mehta", "Farah Siddiqui", "Rajeev Menon",
    "Sandeep Kulkarni", "Meera Iyer", "J. Thomas", "Ahmed Raza", "Deepa Pillai", "Manish Agarwal",
    "Shalini Verma", "Prakash Patil", "Bilal Ahmed", "Rekha Chatterjee", "Karthik Subramanian",
    "Lucy Fernandes", "Mark Stevens", "Ayesha Khan",
)
SITES13 = (
    "HealthcareMagic", "Health Care Magic", "HCM", "healthcaremagic.com", "iCliniq", "icliniq.com",
    '"HealthcareMagic"', "Healthcare Magic forum", "HealthCareMagic.com",
)
CITIES13 = (
    "Pune", "Mumbai", "Chennai", "Hyderabad", "Kolkata", "Lucknow", "Jaipur", "Kochi", "Bangalore", "New Delhi",
    "Ahmedabad", "Nagpur", "Karachi", "Lahore", "Dhaka", "Manila", "Cairo", "London",
)
DEGREES13 = (
    "MBBS", "MBBS, MD", "MBBS, MD (Medicine)", "MBBS, DNB (Ortho)", "MS (ENT)", "MBBS, DGO", "MD, DM (Cardiology)",
    "BDS, MDS", "MD (Psychiatry)", "MBBS, FCPS", "MBBS, MRCP (UK)", "MD(Med)", "M.B.B.S., D.C.H.", "MD Derm",
)
HOSPITALS13 = (
    "Apollo Clinic", "City Care Hospital", "Sai Nursing Home", "Lifeline Multispeciality Hospital",
    "Sunrise Children's Clinic", "Shree Hospital", "Green Valley Medical Centre", "Navjeevan Hospital",
)
SPECS13 = (
    "General Physician", "Cardiologist", "Dermatologist", "Gynaecologist", "Pediatrician", "Orthopaedic Surgeon",
    "ENT Specialist", "Psychiatrist", "Neurologist", "Gastroenterologist", "Dentist", "Urologist",
    "Pulmonologist", "Endocrinologist", "Internal Medicine Specialist",
)
LINKS13 = (
    "http://bit.ly/askdr{slug}", "www.healthcaremagic.com/doctors/dr-{slug}", "https://icliniq.com/ask/dr-{slug}",
    "bit.ly/Dr{slug}", "http://doctor.healthcaremagic.com/Funnel?page=askDoctorDirectly&docId={slug}",
)

BODY13 = (
    'Your symptoms point towards acid reflux, which is very common in people who eat late at night.',
    'Take Tab. Pantoprazole 40 mg once daily on an empty stomach, half an hour before breakfast, for two weeks.',
    'Avoid tea, coffee, spicy and oily food until the burning settles.',
    'Raise the head end of your bed by six inches so that acid does not come up at night.',
    'If you vomit blood or pass black tarry stools, go to the emergency department at once.',
    'An upper GI endoscopy is advised if the symptoms continue beyond a month despite treatment.',
    'The ECG you attached shows a normal sinus rhythm with no signs of a heart attack.',
    'Chest pain that spreads to the left arm or jaw with sweating needs an ambulance, not an online opinion.',
    'Your blood pressure of 150/96 is in the range of stage one hypertension.',
    'Cut down on salt, pickles, papad and processed snacks, as they are loaded with sodium.',
    'Tab. Amlodipine 5 mg once daily is usually a good first drug, but your physician should start it '
    'after examining you.',
    'Check your blood pressure twice a day for a week and maintain a written record.',
    'A lipid profile, fasting blood sugar and kidney function test should be done once a year at your age.',
    'Your LDL cholesterol of 168 mg/dl is high and needs both diet control and a statin.',
    'Tab. Atorvastatin 10 mg at bedtime is commonly prescribed for this level.',
    'Brisk walking for thirty to forty minutes, five days a week, helps both the sugar and the cholesterol.',
    'Your HbA1c of 8.4 % means the diabetes has not been under control for the last three months.',
    'Metformin 500 mg twice daily after meals may be increased to 1000 mg twice daily by your doctor.',
    'Check your feet daily for cuts or blisters, as diabetes reduces the sensation there.',
    'If the sugar falls below 70 mg/dl, take three teaspoons of sugar or glucose in water and recheck '
    'after fifteen minutes.',
    'Never skip insulin on a sick day; instead check your sugar every four hours and keep drinking fluids.',
    'Your TSH of 9.2 with a normal T4 suggests subclinical hypothyroidism.',
    'Tab. Thyroxine 25 mcg on an empty stomach in the morning is a reasonable start, with a repeat TSH '
    'after six weeks.',
    'Take the thyroid tablet at least thirty minutes before tea or breakfast, and keep calcium and iron '
    'tablets four hours apart from it.',
    'The rash looks like a fungal infection of the groin, commonly called ringworm or tinea cruris.',
    'Apply Luliconazole 1 % cream twice daily to the rash and two centimetres around it for four weeks.',
    'Do not use steroid creams like those sold over the counter for itching, because they make fungal '
    'infections worse.',
    'Wear loose cotton undergarments and dry the area well after bathing.',
    'Wash your towels and innerwear in hot water and do not share them with family members.',
    'These small itchy bumps on the fingers look like scabies, which spreads by close contact.',
    'Apply Permethrin 5 % cream from neck to toes at night and wash it off after eight to ten hours; '
    'repeat after one week.',
    'All family members should be treated on the same night, even those without itching.',
    'Your acne is moderate, with both blackheads and inflamed pimples on the cheeks and forehead.',
    'Use an adapalene 0.1 % gel at night on the whole face, not just on the spots, and a gentle face wash twice a day.',
    'Do not squeeze or pick the pimples, as that leads to dark marks and scars.',
    'A sunscreen of SPF 30 or more should be used every morning, even indoors.',
    'Hair fall of this kind after a fever is usually telogen effluvium and recovers on its own in three to six months.',
    'Get a haemoglobin, serum ferritin, vitamin D and thyroid test to rule out a deficiency.',
    'Your haemoglobin of 8.6 g/dl shows moderate anaemia, most likely from iron deficiency given your heavy periods.',
    'Take an iron tablet containing 100 mg of elemental iron once daily with lemon water, not with milk or tea.',
    'Iron tablets can turn the stool black, which is harmless.',
    'Green leafy vegetables, jaggery, dates, pomegranate and beans will help build up your iron stores.',
    'An ultrasound of the pelvis will show whether there are fibroids or a cyst causing the heavy bleeding.',
    'A delay of a week in periods is common with stress, travel or sudden weight change.',
    'Do a urine pregnancy test with the first morning sample if your period is more than a week late.',
    'Folic acid 5 mg daily should be started at least three months before you plan a pregnancy.',
    'Bleeding with severe one-sided lower abdominal pain in early pregnancy can be an ectopic pregnancy '
    'and needs emergency care.',
    'White discharge with curdy flakes and itching points to a vaginal yeast infection.',
    'A single Fluconazole 150 mg tablet usually clears it, and your husband may need a cream as well.',
    'The irregular periods, acne and weight gain together suggest polycystic ovary syndrome.',
    'Losing even five to seven percent of your body weight can bring the cycles back to normal in PCOS.',
    'In a child of this age, fever up to 102 F with a running nose is most often a viral infection.',
    'Give Paracetamol syrup at 15 mg per kg per dose every six hours only if the fever is above 100 F.',
    'Sponge the child with lukewarm water, not cold water, to bring the temperature down.',
    'Bring the child to a hospital immediately if there are fits, drowsiness, fast breathing or a rash '
    'that does not fade on pressing.',
    'Keep giving breast milk and small frequent feeds, even if the baby is eating less.',
    'ORS should be given after every loose stool, about half a cup for a child under two years.',
    'Zinc 20 mg daily for fourteen days reduces the duration of diarrhoea in children.',
    'Signs of dehydration are a dry mouth, no urine for six hours, sunken eyes and unusual sleepiness.',
    "Your child's weight is appropriate for the age, so there is no need for appetite tonics.",
    'Do not give honey to a baby below one year of age.',
    'The vaccination schedule can be continued after the cold settles; a mild cough is not a reason to postpone it.',
    'The knee pain on climbing stairs at your age is most likely early osteoarthritis.',
    'Quadriceps strengthening exercises done daily will help the knee more than any tablet.',
    'Use a hot water bag for fifteen minutes twice a day over the painful area.',
    'Tab. Aceclofenac 100 mg twice daily after food for five days can be taken for the pain if your '
    'kidneys are normal.',
    'The X-ray of the lumbar spine shows mild reduction of the disc space at L4-L5.',
    'Pain shooting down the leg below the knee with numbness suggests a nerve root compression from the disc.',
    'Loss of control over urine or stools along with back pain is an emergency, and you should go to a '
    'hospital the same day.',
    'Avoid lifting heavy weights and bending forward from the waist for the next six weeks.',
    'Sleep on a firm mattress and keep a pillow under the knees when lying on your back.',
    'A sprained ankle should be rested, iced, compressed with a crepe bandage and kept raised for two to three days.',
    'If you cannot bear weight on the ankle at all, an X-ray is needed to rule out a fracture.',
    'Your vitamin D level of 11 ng/ml is deficient and explains the body aches.',
    'Cholecalciferol 60,000 IU once a week for eight weeks, followed by once a month, will correct it.',
    'Spend twenty minutes in the morning sun with the arms and legs uncovered.',
    'The headache you describe, on one side with nausea and sensitivity to light, fits migraine.',
    'Keep a headache diary noting sleep, meals, screen time and periods to find your triggers.',
    'Tab. Naproxen 500 mg taken at the very start of the attack works better than taking it late.',
    'A sudden severe headache, the worst of your life, or a headache with weakness or confusion needs '
    'emergency care immediately.',
    'Tingling in the hands at night that improves on shaking them is typical of carpal tunnel syndrome.',
    'A wrist splint worn at night often relieves the symptoms within a few weeks.',
    'Your vitamin B12 level of 140 pg/ml is low, which can cause tingling and tiredness, especially in vegetarians.',
    'Injection Methylcobalamin 1500 mcg once a week for six weeks is a quick way to replenish it.',
    'The dizziness that comes on turning in bed and lasts less than a minute is likely benign positional vertigo.',
    'The Epley manoeuvre done by an ENT doctor or physiotherapist usually cures it in one or two sittings.',
    'The ear pain with blocked feeling after a cold is due to fluid behind the eardrum.',
    'Steam inhalation twice daily and a saline nasal spray will help open the ear tube.',
    'Do not put oil, garlic or ear buds into the ear.',
    'The white patches on the tonsils with high fever may be a bacterial tonsillitis.',
    'Amoxicillin 500 mg three times a day for ten days is usually given for a strep throat after a '
    'doctor examines you.',
    'Warm salt water gargles four to five times a day will soothe the throat.',
    'Difficulty in swallowing saliva, drooling or a muffled voice needs urgent review by an ENT surgeon.',
    'Your cough of more than three weeks with evening fever and weight loss should be tested for tuberculosis.',
    'A chest X-ray and a sputum test for TB are the first investigations.',
    'Wheezing at night and with cold air suggests asthma, and an inhaler works better than syrups.',
    'Use the inhaler with a spacer and rinse your mouth after each puff of the steroid inhaler.',
    'Blue lips, inability to speak full sentences or no relief from the inhaler means you must reach an '
    'emergency room at once.',
    'Stopping smoking is the single most useful thing you can do for your lungs.',
    'Burning while passing urine with frequent urges is most likely a urinary tract infection.',
    'Get a urine routine and culture test done before starting antibiotics.',
    'Tab. Nitrofurantoin 100 mg twice daily for five days is commonly used for a simple bladder infection.',
    'Drink at least three litres of water a day unless your doctor has restricted fluids.',
    'Fever with chills and pain in the side of the back may mean the infection has reached the kidney, '
    'which needs admission.',
    'The 6 mm stone in the left ureter has a good chance of passing on its own.',
    'Tab. Tamsulosin 0.4 mg at bedtime helps the stone pass by relaxing the ureter.',
    'Your PSA of 2.1 ng/ml is normal for your age.',
    'Sperm count of 12 million per ml is slightly low, but pregnancy is still possible.',
    'Avoid tight underwear, hot baths and keeping the laptop on the lap.',
    'The painless swelling in the neck which moves on swallowing is likely to arise from the thyroid.',
    'An ultrasound of the neck and a fine needle aspiration will tell whether the nodule is benign.',
    'The dental pain on taking cold water means the decay has reached close to the nerve.',
    'A root canal treatment can save the tooth; extraction is not the only option.',
    'Rinse with warm salt water after meals and brush twice daily with a soft brush.',
    'Swelling of the face with fever after a tooth infection needs antibiotics and drainage without delay.',
    'What you describe sounds like an anxiety disorder with panic attacks.',
    'Panic attacks are frightening but they are not dangerous to the heart.',
    'Tab. Escitalopram 5 mg at night can be started by a psychiatrist and increased slowly.',
    'Slow breathing, in for four counts and out for six, can cut a panic attack short.',
    'Counselling or cognitive behaviour therapy is as effective as medicines for many people.',
    'If you have thoughts of ending your life, please call a crisis helpline or go to the nearest '
    'emergency department now.',
    'Keep a fixed time for going to bed and waking up, even on weekends.',
    'Avoid screens for one hour before sleep and keep the bedroom dark and cool.',
    'There is every hope of full recovery, as the biopsy shows the growth was removed completely.',
    'Thanks to the early diagnosis, the infection has not spread beyond the skin.',
    'With regards to the dose, the syrup should be 5 ml three times a day, not 10 ml.',
    'Take care to keep the dressing dry and change it every second day.',
    'Physical therapy will help you regain movement in the shoulder over six to eight weeks.',
    'Your query about alcohol is important: do not drink at all while taking metronidazole and for two days after.',
    'A second opinion would be welcome before agreeing to surgery for a small hernia without symptoms.',
    'Tell your dear ones the warning signs of stroke: a drooping face, a weak arm and slurred speech.',
    'Ask for help from the nearest hospital immediately if the swelling spreads up the arm or red streaks appear.',
    'Intensive care is not needed at this stage, since the oxygen level is 97 % on room air.',
    'Regards to the scan, the liver shows grade one fatty change, which is reversible.',
    "Eat dinner by eight o'clock and go for a short walk afterwards.",
    'Drink a glass of water first thing in the morning.',
    'Try to cut down on sugar in tea and on sweets and cold drinks.',
    'Eat home food and plenty of fruits and vegetables.',
    'Walk daily and keep your weight in check.',
    'Get good sleep of seven to eight hours every night.',
    'Reduce stress by taking short breaks during work and doing yoga or meditation.',
    'Do not take any medicine without a prescription.',
    'Wash your hands well with soap before eating and after using the toilet.',
)

OPEN13 = (
    "Hi,Thanks for writing in.~",
    "Hello and welcome to {site}. I have gone through your query and understand your concern. "
    "I will try to help you in the best possible way.",
    "Dear {name}, thanks for posting your query on {site}. I have carefully gone through the details you have "
    "mentioned and I can understand your worry about this.",
    "Hello Dear,Thanks for asking on {site}.~",
    "Namaste. I am Dr. {dr}, {spec} with {yrs} years of experience. I have read your question in detail.",
    "Greetings from {site}!",
    "^Hi. Thanks for the query.",
    "Respected Sir, Thank you for choosing {site} for your health related problem.",
    "Hi {name}, welcome to {site}. I appreciate your concern and I am here to guide you.",
    "Hello, I am Dr {dr}. I have gone through your question and reports and I will try to answer all your doubts "
    "one by one.",
    "Thanks for the query. Understood your concern.",
    "Hello,I have gone thru ur query and i understand ur concern.~",
    "Dear friend, I read your query with diligence. Your problem is quite common and there is nothing to worry "
    "much.",
    "Hi there! Good evening. Thank you for trusting {site} with your health question.",
    "Hello madam, I can understand your anxiety as a mother. Let me help you with this.",
    "Welcome to {site}. I am Dr. {dr} ({deg}) and I will be answering your question today.",
    "Good morning. Thanks for writing to us with such a detailed history, it really helps.",
    "Hi, I am sorry to hear about your father's condition. I have gone through all the reports you have shared.",
    "Hello!\nThank you for your question on {site}.",
    "Thanks for contacting {site}.I have noted your symptoms carefully.~",
    "Hellothanks for query~",
    "Hi,Welcome to {site}.I am Dr.{dr}.I have gone through your query with diligence and would like you to know "
    "that I am here to help you.~",
    "Dear Sir/Madam, Greetings of the day. I have read and understood your concern.",
    "Hey {name}, thanks for the detailed question.",
    "Hello, Thanks for the question. I am a {spec} and I deal with such cases daily.",
    "Hi, this is Dr. {dr} answering your query. I have been practising in {city} for {yrs} years.",
    "Thank you for posting on {site}. Your concern is genuine and I will try my best to address it.",
    "Hello dear. I am glad you reached out. First of all don't panic.",
    "^Hello and welcome to {site}. I have read your query.",
    "Hi, Thanks for using {site}. I have gone through your query and I am sorry that you are going through this.",
    "Hello, I understand that you are worried. I have seen many such cases and most turn out to be harmless.",
    "Dear patient, I went through your query. Thanks for writing to us.",
    "Hi Mr. {name}, thank you for the detailed history.",
    "Hello {name} ji, thanks for the question.",
    "Hi. I have read your question carefully. It must be very distressing for you.",
    "Warm greetings from Dr. {dr}. I hope you are doing well.",
    "Hello, Hope you are doing fine. I have read through your concern.",
    "Good day! Thank you for consulting online.",
    "Hi,Dear,Thanks for your query to {site}.Studied your query in depth.~",
    "Hello. Thanks for sharing your concern. I completely understand how frustrating this can be for you.",
    "Thank you for choosing me for your consultation, I will do my best to guide you.",
    "Hi friend, Welcome to {site}.",
    "Hello sir, Regarding your query, I have gone through it and here is my opinion.",
    "Dear User, Thanks for the query. I have evaluated your case thoroughly.",
    "Hi, I am Dr. {dr}, {deg}, from {city}. Thank you for the query.",
    "Sorry to know about your problem. Let me try to help you out.",
    "Hello, and thanks for your trust in {site}. I have studied your reports line by line and I appreciate the "
    "effort you took to explain everything.",
    "Hi. Good afternoon. This is a very good question and many people have the same doubt.",
    "Hi,\nThanks for writing to {site}.\nI understand your concern.",
    "Hello there. Thank you for the information provided.",
    "Hi, I'm Dr. {dr}. I read your message and I'm happy to help.",
    "Hello! It is really good that you sought advice early.",
    "Dear {name}, Welcome to {site}! I have reviewed your history and I can imagine how worried you must be for "
    "your child.",
    "Thanks for your question on {site}. I have read it completely and will answer point by point.",
    "Hai, thanks for ur query.",
    "Hellow, thank you for asking.",
    "Hi, Thank you for posting your question in {site}. I am Dr. {dr}, a {spec} practising in {city} for the last "
    "{yrs} years.",
    "Good evening. I am sorry for the delay in answering, I was in the operation theatre.",
    "Greetings and Happy Diwali! Thanks for writing in.",
    "Hi, Eid Mubarak and thanks for your question.",
    "Hello, {name}. I see from your question that you have been suffering for a long time and I really "
    "sympathise with you.",
    "Hi and thanks for the question. I can understand you're worried, it's natural.",
    "Thanks for your query, I read it carefully and understand your concern. Here is what I think.",
    "HELLO. thanks for posting. I have gone through the query.",
    "Hello Mam, Greetings from {site}. Your query has been noted.",
    "Hi, Welcome. I am Dr. {dr}. Hope I can resolve your doubts today.",
    "Hi, I have gone through your query and the history. I understand your concerns.",
    "Thanks for reaching out to {site}. You have described everything very well, which makes my job easier.",
    "Hi, I am a {spec} and I would be happy to answer your question.",
    "Hello,Dr. {dr} here.~",
    "Dear Sir, Warm welcome to {site}.",
    "Hi, nice to meet you online. I will help you with your problem.",
    "Hello. Thanks for the question and the photos.",
    "Thanks for asking. I have been through your lab reports.",
    "Hi! Welcome to {site}. I am Dr {dr}, {deg}.",
    "Respected madam, I have gone through your question and I feel sorry for the trouble you are having.",
    "Hello, Greetings. Thanks for your trust on us. I have thoroughly gone through your problem and i can very "
    "well understand your concern as a parent.",
    "Hi, I've read your question and I'll be glad to help.",
    "Thank you for your query. Please do not worry.",
    "Hello,Welcome to {site} forum.~",
    "Hi , thanks for query. Read your query in detail. Your worry is justified.",
    "Greetings! Thanks for the question. My name is Dr {dr}.",
    "Hello and welcome. Let me first thank you for giving me a chance to help you.",
    "Hi, I appreciate your taking the time to write such a detailed query.",
    "Dear Patient,~",
    "Hello there,~",
    "Hi! Thanks for the detailed query and I am sorry you are feeling unwell.",
    "Dear {name},\nI am Dr. {dr}, {deg}, {spec} at {hosp}, {city}.",
    "Hi.Thanks for the query.I have gone through all the details and the reports.Thanks for the good history "
    "too.~",
    "Good Morning Sir/Madam. Thanks for your query. I am sorry to hear that you are suffering so much, and I "
    "hope that my answer will help you.",
    "hello, good to hear from you again. Thanks for the follow up.",
    "Hi, Thanks for your query on {site}. I can understand how scary this must be. Relax, I will explain.",
    "^Dear {name}, thanks for writing.",
    "Hello Sir ji, I went through ur question. Don't worry, it is a common problem.",
    "Hi, Welcome back to {site}, and thank you for the update.",
    "I can understand your concern.",
    "Don't worry, I am here to help you.",
    "Let me answer your questions one by one.",
    "I have gone through the reports you have uploaded.",
    "Here are my suggestions:",
    "My advice is as follows:",
    "Based on what you have described, here is my opinion:",
    "I went through your query and I am sorry for what you are going through. It is not easy to live with this "
    "day after day, and I really appreciate that you have written to us in such detail.",
    "Thanks for the query and I understand your worry. Please relax, as this is treatable.",
    "I am sorry to know that your little one is unwell. As a parent I can understand your anxiety.",
    "Thank you for sharing the history and reports in detail, it makes it much easier for me to guide you.",
    "Let me explain what is going on.",
    "I have read ur query and understood the problem,dont worry.",
    "Thank you for the query, and I appreciate your concern for your wife's health. I have gone through "
    "everything you wrote and here is my reply.",
    "As per your query, I would like to say that you need not worry much.",
)

CLOSE13 = (
    "Hope this helps. Take care.",
    "Hope I have answered your query. Let me know if I can assist you further.\nRegards,\nDr. {dr}",
    "Wish you a speedy recovery. Regards, Dr. {dr}, {deg}",
    "Take care and get well soon. Dr {dr}\n{spec}\n{hosp}, {city}",
    "For further queries you can directly ask me on {site}.\nThanks and regards.",
    "Hope I have cleared your doubt. Feel free to ask any follow up question. Thanks",
    "Please rate this answer if it was useful.",
    "Kindly close the discussion and rate my answer if you are satisfied.",
    "Regards\n{dr}\n{deg}",
    "tc, rgds",
    "Wishing you good health.\nDr. {dr} {deg}\n{city}",
    "Hope this information is helpful to you. Thanks for choosing {site}.",
    "You can also consult me privately at {link} for a detailed discussion.",
    "If you want, you can book a paid consultation with me for a detailed review of all your reports.",
    "Any further clarifications feel free to ask. Wish you good health.",
    "Best wishes and Happy New Year!",
    "God bless you and your family.",
    "Hope this helps you. Have a nice day.",
    "Do revert back with the reports for further guidance. Regards",
    "Stay healthy, stay safe. Thanks.",
    "Thanks & regards,\nDr. {dr} MBBS, MD(Med)Consultant Physician, {city}",
    "Dr.{dr}{deg}",
    "With best wishes, Dr. {dr}, {spec}, {hosp}",
    "Feel free to write back to me. Take care of yourself.",
    "Hope my answer helps you. Please don't forget to rate it.\nThanks.",
    "Good luck.\n{dr}",
    "^Regards Dr {dr}",
    "Hope I could help. Bye.",
    "Let me know if you have more questions, I'll be happy to help you.",
    "Thank you for using {site}. Wishing you a quick recovery.",
    "Hope this answers your question. If you have additional questions or follow up questions then please do not "
    "hesitate in writing to us. I will be happy to answer your questions. Wishing you good health.",
    "In case of any doubt you can contact me via {site} anytime. Regards.",
    "I hope my advice is helpful. Take care and God bless.",
    "Thanks, Dr. {dr}, {deg}, {spec}.",
    "For more information consult a {spec} online ---> {link}",
    "Hope you get well soon. Good day.",
    "Waiting for your feedback. Thanks.",
    "Wish you all the best. Thanks for writing in.",
    "Hope to hear from you soon with the reports.",
    "Regards,\n\nDr. {dr}\nConsultant {spec}\n{hosp}\n{city}",
    "Be healthy, be happy. Regards, {dr}",
    "Hope it helps.~",
    "Thanks again for the query. Regards.",
    "Happy to help further. Dr. {dr}",
    "Please accept my answer if satisfied.Thank you.",
    "I would be glad to help you further, you can ask me directly through {site}.",
    "Hope I have been of help. Take care, {name}.",
    "Have a great day ahead!",
    "Take care.\nDr. {dr}, {deg}",
    "Hope this will help you. With regards.",
    "Wishing your mother a speedy recovery.",
    "Get well soon, and do keep me posted.",
    "Thanks for trusting me with your health. Regards, {dr}, {city}",
    "Please feel free to discuss further.",
    "I wish you good health. Please do write back to me.",
    "Hope you find my answer useful.Regards,Dr {dr}",
    "Take care of your health and stay blessed.",
    "Sincerely,\n{dr}, {deg}",
    "Hope the information provided helps. Kind regards.",
    "Thanks. Dr {dr} ({spec})",
    "Merry Christmas and wish you a healthy year ahead.",
    "May Allah give you shifa. Regards.",
    "Rest assured, you are in safe hands. Take care.",
    "With warm regards, Dr. {dr}, {deg}\n{hosp}, {city}",
    "Write to me anytime at {site}. I'm available for follow up.",
    "Hope this clears things up. Cheers!",
    "Thank you and take care. {dr}",
    "If you liked my answer, please give it five stars.",
    "Was this answer helpful? Please give your feedback.",
    "Feel free to ask if you have any more doubts. Regards,\n{deg} {dr}",
    "Hope I've addressed your concern. Best regards.",
    "Looking forward to help you further. Regards.",
    "Let me know how it goes. Take good care.",
    "Dr. ({deg}) {dr}, {city}",
    "^Thank you. Hope this helps.",
    "Kind regards and best wishes for your good health.",
    "Keep me updated. Regards, {dr}\n{hosp}",
    "Any more queries, you are most welcome. Good luck!",
    "Hope this helps, {name}. Take care and all the best.",
    "Thanks and Regards\nDr.{dr}\n{deg}\n{spec}",
    "Stay blessed.",
    "You may also send the reports to me directly for a second opinion through {site}. Thanks.",
    "Please do let us know if you need any further assistance. Thank you for visiting {site}.",
    "Wishing you a very happy and healthy life ahead.",
    "Hope u r satisfied with the answer.tc",
    "Feel free to revert. Thanks, {dr}",
    "Get well soon!!",
    "Follow the above advice and you will be fine. Take care.",
    "Do as advised and stay in touch with me. Wishing you a speedy recovery.",
    "Please follow my advice and revert with the results. Thank you for choosing {site}.",
    "Take the medicines regularly and don't worry. All the best, Dr. {dr}",
    "Hope my suggestions help you. Follow up with me after the tests.\n\nDr. {dr}\n{deg}\n{hosp}\n{city}",
    "{dr}\nMBBS, MD (Paediatrics)\n{city}",
    "Avoid self medication and take care. Regards.",
    "Maintain good hygiene and stay healthy. Thanks for the query.",
    "Keep yourself well hydrated and take rest. Get well soon, dear.",
    "Eat healthy, stay happy. With best regards.",
    "Follow these simple measures and you will be alright soon. Best of luck.",
    "Dr. {dr}\n{deg}\nConsultant {spec}\n{hosp}, {city}",
    "-- Dr {dr}",
    "{deg}\nDr. {dr}",
    "Regards,\nDr. {dr} ({deg})\nSenior Consultant, Department of {spec}\n{hosp}\n{city}",
    "Thank you. Regards, Dr. {dr}, {deg}, {spec}, {city}.",
    "Hope this helps. Do not hesitate to contact me on {site} for any further query. Take care and be safe.",
    "Thanks for your patience in reading the long answer. Take care!!",
)

DAMAGE13 = (
    "Apply the ointment on the affected area twice a Chat Doctor for one week.",
    "(attachment removed to protect patient identity)",
    "(Attachment removed to protect patient identity.)",
    "Consult Chat Doctor for further management.",
    "You can reach me on Chat Doctor for any follow up.",
    "Your blood sugar readings are Chat Doctor high for your age.",
    "Drink plenty of Chat Doctor and take rest.",
    "Hi, this is Chat Doctor, thanks for writing in.",
    "The Chat Doctor of the spine shows a mild disc bulge.",
    "Get the Chat Doctor done at the earliest.",
    "Continue the syrup three times a Chat Doctor after meals.",
    "The pain is likely Chat Doctor and should settle in a few days.",
    "Please upload the Chat Doctor of the X-ray for a better opinion.",
    "Regards, Chat Doctor.",
    "I am Chat Doctor, a general physician with ten years of experience.",
    "Kindly consult a Chat Doctor nearby for a physical examination.",
    "Take Tab. Chat Doctor 500 mg twice daily after food for five days.",
    "Thanks for writing to Chat Doctor.I have gone through your query.",
    "Your Chat Doctor levels are within the normal range, so nothing to worry.",
    "Dr. Chat Doctor, MBBS, MD",
)

PATIENTS13 = (
    ("Burning in chest after meals", "Hi doctor, I am 34 years old and I get burning in my chest after dinner. "
     "Sometimes sour water comes to my mouth at night. What should I do?"),
    ("High BP at 45, is medicine needed?", "My BP was 150/96 at a health camp. I am 45, no other illness. Do I "
     "need to start tablets now?"),
    ("Sugar not controlled on metformin", "Sir my HbA1c is 8.4 even though I take metformin 500 two times. "
     "Please advise."),
    ("TSH 9.2 what to do", "hello, my TSH came 9.2 and T4 normal. I feel tired. Is thyroxine needed?"),
    ("Itchy red rash in groin", "I have a red itchy round rash in my groin for one month. I applied some cream "
     "from the medical shop but it is spreading."),
    ("Pimples on face since 2 years", "Hi, I am 19 and I have pimples on my cheeks and forehead. Tried many face "
     "washes. Nothing works."),
    ("Hair fall after typhoid", "I had typhoid two months back and now my hair is falling a lot when I comb. "
     "Will I go bald?"),
    ("Low haemoglobin and heavy periods", "My Hb is 8.6. My periods are heavy and I feel very weak and "
     "breathless on stairs."),
    ("Periods late by 10 days", "Dear doctor, my periods are 10 days late. We are trying for a baby. When "
     "should I test?"),
    ("White discharge with itching", "I have white curdy discharge and itching for 4 days. Please tell me the "
     "medicine."),
    ("Child has fever and cold", "My son is 3 years old, 14 kg. He has fever 102 and running nose since "
     "yesterday. How much paracetamol can I give?"),
    ("Baby loose motions", "My 1.5 year old daughter has loose motions 6 times since morning. She is drinking "
     "less milk."),
    ("Knee pain climbing stairs", "I am 58, female. Both knees pain while climbing stairs and getting up from "
     "the floor."),
    ("Back pain radiating to leg", "I have back pain for three weeks going down my right leg up to the foot "
     "with tingling. MRI not done yet."),
    ("Body ache, vitamin D 11", "My vitamin D report shows 11. I have body pains all the time. What dose should "
     "I take?"),
    ("Severe one sided headache", "I get headache on one side with vomiting and can't bear light. It happens "
     "twice a month."),
    ("Hands tingling at night", "My hands become numb at night and I have to shake them. I work on computer "
     "all day."),
    ("Giddiness on turning in bed", "Whenever I turn in bed the room spins for a few seconds. Is it something "
     "serious?"),
    ("Sore throat with fever", "I have throat pain and fever of 101 with white spots on my tonsils. It hurts to "
     "swallow food."),
    ("Cough for one month", "My father, 62, has cough for a month with fever in evenings. He has lost weight "
     "also."),
    ("Burning urine", "Hi, I have burning while passing urine and I need to go again and again. No fever."),
    ("Kidney stone 6 mm", "Ultrasound shows 6 mm stone in left ureter. Pain comes and goes. Will it pass "
     "without surgery?"),
    ("Tooth pain with cold water", "My lower back tooth pains when I drink cold water. Dentist says extraction. "
     "Any other way?"),
    ("Sudden palpitations and fear", "I suddenly get heart racing, sweating and fear that I will die. ECG was "
     "normal. What is happening to me?"),
    ("Cannot sleep at night", "I am not able to sleep before 3 am for the last two months. I use my phone in "
     "bed."),
    ("Swelling in neck", "There is a small swelling in front of my neck which moves up when I swallow. No "
     "pain."),
)

# the first words of the BODY13 sentence where each PATIENTS13 question's topic begins (same order as PATIENTS13)
_ANCHORS13 = (
    "Your symptoms point towards acid", "The ECG you attached", "Your HbA1c of 8.4", "Your TSH of 9.2",
    "The rash looks like a fungal", "Your acne is moderate", "Hair fall of this kind", "Your haemoglobin of 8.6",
    "A delay of a week", "White discharge with curdy", "In a child of this age", "ORS should be given",
    "The knee pain on climbing", "The X-ray of the lumbar", "Your vitamin D level", "The headache you describe",
    "Tingling in the hands", "The dizziness that comes", "The white patches on the tonsils",
    "Your cough of more than", "Burning while passing urine", "The 6 mm stone", "The dental pain",
    "What you describe sounds", "Keep a fixed time", "The painless swelling in the neck",
)

_JOINS13 = (" ", " ", " ", " ", "\n", "\n\n", "", "  ")
_LIST_MARKS13 = ("{i}. ", "{i}) ", "- ", "* ", "\u2022 ")


def _render13(template: str, values: dict[str, str]) -> tuple[str, bool]:
    """One boilerplate piece from a template, and whether it is glued to the next piece."""
    upper = template.startswith("^")
    glued = template.endswith("~")
    text = template.lstrip("^").rstrip("~").format(**values)
    return (text.upper() if upper else text), glued


def _values13(rng: random.Random) -> dict[str, str]:
    dr = rng.choice(DOCTORS13)
    slug = dr.replace(". ", "").replace(" ", "").replace(".", "").lower()
    return {"name": rng.choice(NAMES13), "dr": dr, "site": rng.choice(SITES13), "city": rng.choice(CITIES13),
            "deg": rng.choice(DEGREES13), "hosp": rng.choice(HOSPITALS13), "spec": rng.choice(SPECS13),
            "yrs": str(rng.randint(4, 30)), "link": rng.choice(LINKS13).format(slug=slug)}


def _counts13(rng: random.Random) -> tuple[int, int]:
    """How many openers and closers: about one row in ten has none at all."""
    if rng.random() < 0.11:
        return 0, 0
    n_open = rng.choices((0, 1, 2, 3), weights=(15, 55, 23, 7))[0]
    n_close = rng.choices((0, 1, 2, 3), weights=(15, 40, 30, 15))[0]
    return (n_open, n_close) if n_open + n_close else (1, 0)


def _sentences13(rng: random.Random, k: int) -> list[str]:
    """Mostly a run of neighbouring sentences (BODY13 is grouped by topic, so the advice hangs together)."""
    if rng.random() < 0.15:
        return rng.sample(BODY13, k)
    start = rng.randrange(len(BODY13) - k + 1)
    return list(BODY13[start:start + k])


_GREETINGS13 = ("hi", "hello", "dear", "greetings", "namaste", "good", "welcome", "respected", "hey", "hai",
                "hellow", "hellothanks", "warm")


def _openers13(rng: random.Random, n: int) -> list[str]:
    """Opener templates: a greeting may only come first, then lines of thanks, empathy or self-introduction."""
    chosen = _signed13(rng, OPEN13, n)
    later = [t for t in OPEN13 if _first_word13(t) not in _GREETINGS13 and "{dr}" not in t]
    for i in range(1, len(chosen)):
        if _first_word13(chosen[i]) in _GREETINGS13:
            chosen[i] = rng.choice([t for t in later if t not in chosen])
    return chosen


def _first_word13(template: str) -> str:
    return re.split(r"[\s,.!]", template.lstrip("^"))[0].lower()


def _patient13(rng: random.Random, body: list[str]) -> tuple[str, str]:
    """The question whose topic opens the advice: the last anchor at or before the first body sentence."""
    start = BODY13.index(body[0])
    before = [(_anchor_index13(a), i) for i, a in enumerate(_ANCHORS13) if _anchor_index13(a) <= start]
    return PATIENTS13[max(before)[1]] if before else rng.choice(PATIENTS13)


def _anchor_index13(anchor: str) -> int:
    return next(i for i, sentence in enumerate(BODY13) if sentence.startswith(anchor))


def _signed13(rng: random.Random, pool: tuple[str, ...], n: int) -> list[str]:
    """Templates from pool, with at most one that names the doctor or the degrees, and that one last."""
    chosen = rng.sample(pool, n)
    signed = [t for t in chosen if "{dr}" in t or "{deg}" in t]
    return [t for t in chosen if t not in signed] + signed[:1]


def _body_pieces13(rng: random.Random, sentences: list[str]) -> list[tuple[str, bool]]:
    """Body sentences as pieces; in some rows a numbered or bulleted list, one item a line."""
    if len(sentences) < 3 or rng.random() >= 0.25:
        return [(s, False) for s in sentences]
    mark = rng.choice(_LIST_MARKS13)
    items = [mark.format(i=i) + s for i, s in enumerate(sentences, 1)]
    return [("\n" + "\n".join(items) + "\n", False)]


def _join13(rng: random.Random, pieces: list[tuple[str, bool]]) -> str:
    """Pieces joined by a space, a newline, a blank line, nothing after a full stop, or glued when the template says."""
    out = []
    for i, (text, glued) in enumerate(pieces):
        out.append(text)
        if i + 1 < len(pieces) and not glued:
            joins = _JOINS13 if text.rstrip().endswith((".", "!", "?")) else [j for j in _JOINS13 if j]
            out.append(rng.choice(joins))
    return "".join(out).strip()


def make_row13(rng: random.Random) -> dict:
    values = _values13(rng)
    n_open, n_close = _counts13(rng)
    opens = [_render13(t, values) for t in _openers13(rng, n_open)]
    closes = [_render13(t, values) for t in _signed13(rng, CLOSE13, n_close)]
    body = _sentences13(rng, rng.randint(2, 5))
    middle = _body_pieces13(rng, body)
    damage = []
    if rng.random() < 0.2:
        damage = [rng.choice(DAMAGE13)]
        middle.insert(rng.randint(0, len(middle)), (damage[0], False))
    doctor = _join13(rng, opens + middle + closes)
    description, patient = _patient13(rng, body)
    plants = [t for t, _ in opens] + damage + [t for t, _ in closes]
    return {"Description": description, "Patient": patient, "Doctor": doctor, "body": body, "plants": plants}


def make_blind13(n: int = ROWS13, seed: int = SEED13) -> list[dict]:
    rng = random.Random(seed)
    return [make_row13(rng) for _ in range(n)]


def main() -> None:
    OUT13.parent.mkdir(parents=True, exist_ok=True)
    with OUT13.open("w", encoding="utf-8") as f:
        for row in make_blind13():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
