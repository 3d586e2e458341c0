"""The courtesy rule (medqa/data/courtesy.py): edge sentences told by their vocabulary, on sources too small to
mine, and the medical sentences that look like courtesy but must stay."""

import pytest

from medqa.config import CleanCfg
from medqa.data import boilerplate, clean, courtesy

BODY = "Your knee X-ray shows early osteoarthritis. Quadriceps exercises twice a day will help."


@pytest.mark.parametrize("opening", [
    "Good day to you.", "I have reviewed your query and here is my advice.", "Dr. Okafor here.",
    "Greetings of the day, dear.", "Hello hello!", "Glad you asked.", "Thank you kindly for the question.",
    "Happy to answer this.", "Let me answer your question.", "Please don't panic.", "Assalam o alaikum.",
])
def test_openings_no_phrase_rule_names_are_peeled(opening):
    fired = set()
    assert clean.clean_answer(f"{opening} {BODY}", fired) == BODY and fired == {"courtesy"}


@pytest.mark.parametrize("closing", [
    "Hoping you recover soon.", "Wishing you a speedy recovery, Meera.", "Hope your recovery is quick.",
    "Write back anytime.", "Chat with me again if the symptoms persist.",
    "Happy Diwali to you and your family.", "Visit my clinic at Pune for a check up.",
])
def test_closings_no_phrase_rule_names_are_peeled(closing):
    fired = set()
    assert clean.clean_answer(f"{BODY} {closing}", fired) == BODY and fired == {"courtesy"}


@pytest.mark.parametrize("medical", [
    "Take care to keep the wound dry.", "Hope is not a treatment plan, so book the biopsy.",
    "Thanks to the vaccine, the illness is likely to be mild.", "Please follow up after one week.",
    "Dear as it is, an MRI is the right test.", "If you have any questions about the dose, ask your pharmacist.",
    "Best results come from daily use of the cream.", "Welcome news: the scan is normal.",
    "Don't worry, this is treatable.", "There is nothing to worry about.", "Get your blood sugar checked soon.",
    "Stay hydrated.", "See a doctor today.",
])
def test_medical_sentences_that_look_like_courtesy_stay(medical):
    for text in (f"{medical} {BODY}", f"{BODY} {medical}"):
        assert clean.clean_answer(text) == text


def test_a_trailing_clause_goes_and_the_sentence_keeps_its_full_stop():
    assert courtesy.peel("Rest the ankle, hope this helps.") == "Rest the ankle."
    assert courtesy.peel("Rest the ankle, and ice it.") == "Rest the ankle, and ice it."


def test_names_count_only_where_a_name_stands():
    assert courtesy.is_courtesy("Get well soon, Meera.", "close")
    assert courtesy.is_courtesy("Hello Meera Iyer,")
    assert not courtesy.is_courtesy("Thanks, Augmentin works.", "close")  # "works" is no courtesy word
    assert not courtesy.is_courtesy("Meera, thanks.")  # a name does not stand first


def test_the_recipe_keep_list_is_honoured():
    text = f"Glad you asked. {BODY}"
    assert clean.clean_answer(text) == BODY
    mined = boilerplate.mine([text], CleanCfg(enabled=True, keep=["glad  YOU asked"]))
    assert not mined.acted and clean.clean_answer(text, None, mined) == text


def test_the_courtesy_rule_is_counted_and_idempotent():
    _, _, doctors, counts = clean.clean_rows(["q"], [f"Glad you asked. {BODY}"], 5)
    assert counts["courtesy"] == 1 and doctors == [BODY]
    assert clean.clean_answer(doctors[0]) == doctors[0]
    assert "1 courtesy" in clean.summary({**counts, "rows_in": 1, "exact_dup_dropped": 0, "near_dup_dropped": 0,
                                          "rows_out": 1})


def test_the_issue_examples_all_go():
    """Every form issue 24 lists for real rows, in one answer each (the issue's words, not dataset rows)."""
    forms = ["I went through your query.", "I understand your concern.", "I hope it helps.",
             "Hope to have been helpful!", "Best wishes.", "Get Well Soon.", "Available for further clarifications.",
             "I will be happy to help you further.", "Hope I have answered your query."]
    for form in forms:
        assert clean.clean_answer(f"{form} {BODY}") == BODY, form
        assert clean.clean_answer(f"{BODY} {form}") == BODY, form
    assert clean.clean_answer(f"{BODY}\nRegards") == BODY


def test_clauses_go_only_with_a_greeting_thanks_or_wish():
    assert clean.clean_answer(f"Dear Meera, {BODY}") == BODY
    assert courtesy.peel("From your history, it seems like gastritis.") == "From your history, it seems like gastritis."
    assert courtesy.peel("Do not hesitate to take the tablets.") == "Do not hesitate to take the tablets."
    assert courtesy.peel(f"{BODY} Please do not hesitate to contact me.") == BODY


def test_scraped_forms_lower_case_names_and_lost_spaces():
    assert clean.clean_answer(f"hi meera, {BODY}") == BODY
    assert clean.clean_answer(f"Hi.Thanks for the query.{BODY}") == BODY
    assert clean.clean_answer(f"Hello,I have gone through your query. {BODY}") == BODY
    assert courtesy.peel("Hi pain in the knee is common.") == "Hi pain in the knee is common."
    assert courtesy.peel(f"{BODY[:-1]}.Use ice.") == f"{BODY[:-1]}.Use ice."  # nothing peeled: left as it came


@pytest.mark.parametrize("opening", [
    "Hiiee Meera,", "Namaskar Meera ji,", "Respected madam, greetings!!", "Doctor here.",
    "Cardiologist with 12 years of experience.", "I could understand your worry.",
    "I have carefully studied the attached scan report.", "Thank you for using AskaMedic services, we value you.",
])
def test_widened_openings(opening):
    assert clean.clean_answer(f"{opening} {BODY}") == BODY


@pytest.mark.parametrize("closing", [
    "Paid consultation available at just Rs 299 for 15 min.", "Don't forget to click 'Helpful' and give 5 stars.",
    "Cheerio and keep smiling.", "Kindly close the discussion and rate it.", "Gud luck!",
    "(Photo attachment removed by moderator to protect identity)",
])
def test_widened_closings(closing):
    assert clean.clean_answer(f"{BODY} {closing}") == BODY


@pytest.mark.parametrize("medical", [
    "Cardiologist review is needed.", "A cardiologist will help.", "See a gynaecologist today.",
    "Your scan report shows a simple cyst.", "Hope of recovery is good, since the nerve usually heals.",
])
def test_widened_rules_keep_medical_sentences(medical):
    for text in (f"{medical} {BODY}", f"{BODY} {medical}"):
        assert clean.clean_answer(text) == text


def test_a_damaged_sentence_glued_to_its_neighbour_goes_alone():
    text = f"{BODY[:-1]}.Take the tablet with a glass of Chat Doctor after food. Rest the knee."
    assert clean.clean_answer(text) == f"{BODY} Rest the knee."


def test_a_short_unit_before_a_courtesy_run_goes_with_it_and_advice_never_does():
    assert clean.clean_answer(f"Ah, that sounds uncomfortable! Thanks for the query. {BODY}") == BODY
    emergency = "If you have thoughts of harming yourself, call a crisis line now."
    assert clean.clean_answer(f"Thanks for asking {emergency} {BODY}").endswith(f"{emergency} {BODY}")
    dose = "Feel free to take paracetamol 500 mg up to four times a day, but not more than 4 g a day."
    assert clean.clean_answer(f"{BODY} {dose}\nRegards, Dr. Ravi Sharma") == f"{BODY} {dose}"


def test_a_clause_is_strict_and_a_site_name_never_runs_into_the_next_sentence():
    stars = "Thank your stars this was caught early, but the mole should still be removed."
    assert clean.clean_answer(f"{stars} {BODY}") == f"{stars} {BODY}"
    assert clean.clean_answer(f"Welcome to HealthCare Magic forum{BODY}") == BODY
    assert clean.clean_answer(f"Hello and welcome to the forum.{BODY}") == BODY


# ---------------------------------------------------------------------------------------- frames
@pytest.mark.parametrize("opening", [
    "Thanks for dropping by.", "Thank you so very much for your patience.", "A hearty welcome to ClinicNow.",
    "Good afternoon to u", "Gud day", "To whom it may concern, greetings.",
    "I hope I've covered everything you asked.", "I have carefully studied the attached scan report.",
    "i have seen ur reports", "I can sense the anxiety in your words.",
    "Ah, that sounds really uncomfortable!", "As per your query,", "A dermatologist from Pune.",
    "As a neurologist for over 11 years, I see this quite often.", "My name is Dr. Asha Rao, MBBS, MD.",
])
def test_frames_peel_openings_whatever_their_other_words(opening):
    fired = set()
    assert clean.clean_answer(f"{opening} {BODY}", fired) == BODY and "courtesy" in fired


@pytest.mark.parametrize("closing", [
    "Feel free to discuss further.", "Do get back to me after the scan.", "Message me again after the tests.",
    "Just drop me a line if you need anything else.", "Look after yourself, ok?", "Bye for now.", "Tx and rgds.",
    "May God heal you.", "Hope you are feeling a little better now.",
    "Consultant paediatrician, Leeds General Hospital",
    "Dr. Ravi Nair signing off.", "You can ask me a follow-up question anytime.",
])
def test_frames_peel_closings_whatever_their_other_words(closing):
    assert clean.clean_answer(f"{BODY} {closing}") == BODY


@pytest.mark.parametrize("medical", [
    "Thanks to the antibiotics, the fever has settled.", "Hope the pain settles with rest.",
    "Good luck with the surgery tomorrow.", "I have read your reports and the kidney function is normal.",
    "I have seen your X-ray and it looks fine.", "I understand the pain is worse at night.",
    "Let me know if it gets worse.", "Feel free to eat rice and bananas.", "Feel free to resume work from Monday.",
    "Take care not to scratch the blisters.", "Take care while climbing stairs.",
    "Stay safe and wear a mask in crowded places.", "Good morning sickness usually settles by 14 weeks.",
    "Hello there is a good chance it is viral.", "Hope you can travel next month without trouble.",
    "I trust you are taking the tablets regularly.", "Get back to work only after two weeks.",
    "Please revert to the old dose.", "As a precaution, avoid aspirin.", "A physician should examine the lump.",
    "I have noted that you are allergic to penicillin.", "Get well soon is what we all want, but rest for five days.",
    "See a surgeon.", "Consult an orthopaedic surgeon.", "You need a heart specialist.",
    "Talk to a friend or family member about how you feel.",  # everyday words, but advice: a verb opens it
    "A painless lump that has not grown for years is usually benign, so there is good hope.",  # "so" ties it
    "Keep a diary of how you feel each day.", "Share your feelings with your family.",
])
def test_medical_sentences_that_open_with_a_frame_stay(medical):
    """A frame's strict kinds take courtesy words only, and a frame never crosses a clause break."""
    for text in (f"{medical} {BODY}", f"{BODY} {medical}"):
        assert clean.clean_answer(text) == text


def test_a_clause_after_a_frame_is_peeled_and_the_advice_stays():
    text = f"Thanks for the photo, the mole looks benign. {BODY}"
    assert clean.clean_answer(text) == f"The mole looks benign. {BODY}"


@pytest.mark.parametrize("glued, after", [
    ("Good afternoon to uLet me know the dose you take. " + BODY, "Let me know the dose you take. " + BODY),
    ("Thanks for asking Your child's growth is normal. " + BODY, "Your child's growth is normal. " + BODY),
    ("Hello Ms IyerFollow up with a repeat X-ray in three weeks. " + BODY,
     "Follow up with a repeat X-ray in three weeks. " + BODY),
    ("THANK YOU FOR YOUR QUESTION.A serum creatinine of 1.1 is normal. " + BODY,
     "A serum creatinine of 1.1 is normal. " + BODY),
    ("Hii dear, gud day(attachment removed to protect patient identity) Apply the cream twice daily. " + BODY,
     "Apply the cream twice daily. " + BODY),
])
def test_lost_sentence_breaks_at_the_edges_are_found(glued, after):
    assert clean.clean_answer(glued) == after


def test_a_lone_name_at_the_edge_goes_and_a_capitalised_medical_word_stays():
    assert clean.clean_answer(f"{BODY}\nOlivia") == BODY
    assert clean.clean_answer(f"Ms Iyer, {BODY}") == BODY
    assert clean.clean_answer(f"{BODY}\nAsthma") == f"{BODY}\nAsthma"


@pytest.mark.parametrize("text, after", [
    (f"{BODY} For further queries consult an online ENT specialist -->", BODY),  # "online" before the specialty
    (f"{BODY} For a detailed one-to-one consultation, book a paid call with me for Rs. 299.", BODY),
    (f"{BODY[:-1]}.-- Dr. Emeka Obi.", BODY),
    (f"You are most welcome on DocNow, Bukola.\n{BODY}", BODY),
    (f"Hello Lucia I read your mail.\n{BODY}", BODY),
    (f"Respected Imran ji, {BODY}", BODY),
    (f"Thank you for consulting us at HealthNowAre you taking any blood thinners? {BODY}",
     f"Are you taking any blood thinners? {BODY}"),
    (f"{BODY}\nRegards, Chat Doctor.", BODY),
    (f"Hello Tom, I have read your query and here is my opinion. {BODY}", BODY),
    (f"{BODY}\nRamesh, general physician.", BODY),
    (f"Welcome back, Pooja. {BODY}", BODY), (f"hi thanx for ur query {BODY}", BODY),
    (f"{BODY}\nDR S. K. BOSE", BODY), (f"Firstly, thanks for trusting. {BODY}", BODY),
    (f"I would like to tell you the following. {BODY}", BODY),
    (f"It is natural to be worried about your child. {BODY}", BODY),
    (f"{BODY} Don't worry, you will be alright.", BODY), (f"{BODY} Be positive.", BODY),
    (f"{BODY}\nApollo Hospital, Hyderabad.", BODY), (f"Brother Tunde, {BODY}", BODY),
    (f"{BODY} Hope you will get better soon, God willing.", BODY), (f"Well come to HCM. {BODY}", BODY),
    (f"{BODY} hope dis helps u", BODY), (f"Peace be upon you. {BODY}", BODY),
    (f"{BODY} Go to the nearest Government Hospital.", f"{BODY} Go to the nearest Government Hospital."),
    (f"Hello!!The lump is a lipoma. {BODY}", f"The lump is a lipoma. {BODY}"),
    (f"{BODY}\nMBBS DNB (Cardiology).", BODY),
    (f"{BODY} Get well soon. S. K.", BODY), (f"Let me first thank you for trusting ''. {BODY}", BODY),
])
def test_edges_the_blind_sets_found(text, after):
    assert clean.clean_answer(text) == after


@pytest.mark.parametrize("text, after", [
    # a site's name run into the next sentence keeps that sentence whole
    ("Thank you for consulting us at MedQuery HubTab. Pantoprazole 40 mg before breakfast. " + BODY,
     "Tab. Pantoprazole 40 mg before breakfast. " + BODY),
    ("Thank you for consulting us at CureLineHCM, a thickened heart muscle, runs in families. " + BODY,
     "HCM, a thickened heart muscle, runs in families. " + BODY),
    ("Thank you for consulting us at MyClinicOnlineHair fall after typhoid recovers in months. " + BODY,
     "Hair fall after typhoid recovers in months. " + BODY),  # a site's name ending in "Online" ends there
    ("Thanks for choosing MedNowWish to conceive soon? Then start folic acid 5 mg daily. " + BODY,
     "Thanks for choosing MedNowWish to conceive soon? Then start folic acid 5 mg daily. " + BODY),
    # a damaged sentence glued to a medical one takes only itself
    ("Take the tablet before breakfast.I would suggest you to consult a Chat Doctor. " + BODY,
     "Take the tablet before breakfast. " + BODY),
])
def test_glued_sentences_stay_whole(text, after):
    assert clean.clean_answer(text) == after


def test_capitals_run_on_and_a_shouted_greeted_name():
    ear = "Do not put oil in the ear."
    assert clean.clean_answer(f"HI DEAR FRIEND{ear} {BODY}") == f"{ear} {BODY}"
    assert clean.clean_answer(f"Heyy SUNITA! {BODY}") == BODY
    assert clean.clean_answer(f"UTIs need a urine culture. {BODY}") == f"UTIs need a urine culture. {BODY}"


@pytest.mark.parametrize("edge", [
    "Don't worry, you are in safe hands.", "Do not panic, I will guide you.", "It was a pleasure to help you.",
    "I am a joint replacement surgeon with 15 years of experience; you can reach me anytime.",
    "A paediatrician & neonatologist practising in Chennai for the last 20 years.", "Have a nice day.",
    "Eid Mubarak and get well soon.", "I am sorry to hear about your symptoms, Grace.",
    "Thanks for choosing DocConnect for your medical query.", "I can imagine how uncomfortable this must be.",
    "Please send me the reports once they are done so that I can review them.",
])
def test_courtesy_the_development_sets_found_goes_at_either_edge(edge):
    assert clean.clean_answer(f"{edge} {BODY}") == BODY
    assert clean.clean_answer(f"{BODY} {edge}") == BODY


@pytest.mark.parametrize("text", [
    f"My opinion is as follows: {BODY}", f"Let me answer your query point by point. {BODY}",
    f"{BODY} Thandiwe Ndlovu, MBBS, FMCP, Manchester.",
    f"{BODY} Please close the discussion if you have no further questions.",
])
def test_lead_ins_open_and_signatures_close(text):
    assert clean.clean_answer(text) == BODY


@pytest.mark.parametrize("medical", [
    "Don't worry, it is a benign condition.", "Don't worry, the rash will go in a week.",
    "Paracetamol, Ibuprofen, MD Anderson.",
])
def test_reassurance_and_lists_with_content_stay(medical):
    assert clean.clean_answer(f"{BODY} {medical}") == f"{BODY} {medical}"


@pytest.mark.parametrize("text, after", [
    ("Hello.Thanks for asking.As per your query,Sleep at a fixed time and keep the phone out of the bedroom. " + BODY,
     "Sleep at a fixed time and keep the phone out of the bedroom. " + BODY),  # a medical word after a comma: no name
    ("Dear Kavya,Welcome to healthcaremagic.com.Cap. Amoxicillin 500 mg thrice daily for 5 days. " + BODY,
     "Cap. Amoxicillin 500 mg thrice daily for 5 days. " + BODY),  # "Cap." is no sentence end for any rule
    (f"{BODY} Do not worry dear, the upset stomach settles in a week.",
     f"{BODY} Do not worry dear, the upset stomach settles in a week."),  # reassurance opening advice stays
])
def test_edges_keep_the_medical_sentence_whole(text, after):
    assert clean.clean_answer(text) == after


@pytest.mark.parametrize("text, after", [
    ("Hello and thanks for your trust in www.healthcaremagic.com.Start insulin 10 units at bedtime. " + BODY,
     "Start insulin 10 units at bedtime. " + BODY),
    ("Hello, welcome to www.healthcaremagic.com!Dengue is likely with this fever. " + BODY,
     "Dengue is likely with this fever. " + BODY),
])
def test_a_link_glued_to_the_next_sentence_takes_only_itself(text, after):
    assert clean.clean_answer(text) == after


@pytest.mark.parametrize("text, after", [
    ("Start metformin daily. Dr. Chat Doctor, MBBS, MD Keep the area dry. " + BODY,
     "Start metformin daily. Keep the area dry. " + BODY),  # the placeholder's signature goes, not the advice
    ("HelloThank you for asking at www.healthcaremagic.comWear soft footwear. " + BODY, "Wear soft footwear. " + BODY),
    ("Hello and welcome to www.healthcaremagic.com.A platelet count of 85,000 needs checks. " + BODY,
     "A platelet count of 85,000 needs checks. " + BODY),
    (f"{BODY[:-1]}.Please get a Pap smear every three years after the age of 21.Take the syrup three times a Chat "
     "Doctor after meals.", f"{BODY[:-1]}. Please get a Pap smear every three years after the age of 21."),
])
def test_links_and_damage_glued_to_advice_take_only_themselves(text, after):
    assert clean.clean_answer(text) == after


def test_a_bare_dear_inside_a_sentence_is_an_address_and_stays():
    text = f"Nice to hear from you again. Dear, the white patches on the tongue are oral thrush. {BODY}"
    assert clean.clean_answer(text) == f"Dear, the white patches on the tongue are oral thrush. {BODY}"
    assert clean.clean_answer(f"Dear Ravi, {BODY}") == BODY


@pytest.mark.parametrize("text, after", [
    (f"Dr. K. V. Rao here. {BODY}", BODY), (f"Hello, I am Dr. S. Srinivasan.THANKS FOR YOUR QUERY. {BODY}", BODY),
    (f"{BODY} Dr. S. K. Gupta (online cardiologist) God bless.", BODY),  # initials end no sentence
    (f"{BODY[:-1]}.- Dr.Vikram Joshi Best wishes.", BODY), (f"{BODY}\nDR. ASHOK NAIR MBBS MS(Ortho)", BODY),
    (f"{BODY}\nDR. ASHOK NAIR, Mind Wellness Clinic, Karachi", BODY),
    (f"{BODY} Regards,DR. ASHOK NAIR\n\nKolkata Skin and Hair Clinic.", BODY),
    (f"{BODY} Stay healthy, stay safe.", BODY), (f"{BODY} Take care, the pain will settle.",
                                                 f"{BODY} Take care, the pain will settle."),
    (f"Please don't panic.\nRelax, I am here to help you. {BODY}", BODY),
    (f"{BODY} You can consult Chat Doctor for further management.", BODY),  # damaged: "consult for ..."
    (f"{BODY} For more details write to Chat Doctor.com.", BODY),
    (f"{BODY} Happy Diwali to you. For more information consult a ENT specialist online on Health Care Magic.", BODY),
    (f"{BODY} For further doubts consult a ENT specialist online --> HCM/ask-a-doctor-online/ENT-specialist", BODY),
    (f"Hi dearA 24 hour Holter monitor will record the rhythm. {BODY}",
     f"A 24 hour Holter monitor will record the rhythm. {BODY}"),
    (f"Thank you for posting this in the dermatologist section. {BODY}", BODY),
    (f"{BODY} Send me a clear photo of the area in a direct query.", BODY),
    (f"{BODY} Wait... then rest..", f"{BODY} Wait... then rest."),  # a stray full stop, never an ellipsis
])
def test_edges_blinds_11_and_12_found(text, after):
    assert clean.clean_answer(text) == after


@pytest.mark.parametrize("text, after", [
    (f"{BODY} Send me a follow up query after one week.", BODY),  # the doctor's own follow-up, with its time
    (f"{BODY} Get back to work only after two weeks.", f"{BODY} Get back to work only after two weeks."),
    (f"{BODY} Your's trulyHappy to help anytime.", BODY), (f"{BODY[:-1]}.hope dis helps u", BODY),
    (f"{BODY}\nApollo Hospital, Manila.wish u good health n speedy recovery", BODY),
    (f"I am Dr. Rania Fathy, MBBS DNB (Cardiology). {BODY}", BODY),
    (f"Myself Dr. J. Mathew, MBBS, DNB (Medicine), from Kolkata. {BODY}", BODY),
    (f"{BODY}\nDr. Sana QureshiMBBS,MD(Med)Consultant Physician,Lahore", BODY),
    (f"{BODY} DO NOT DRIVE.", f"{BODY} DO NOT DRIVE."),  # shouted advice is no line of degrees
    (f"HI.Thanks for choosing Ask a Doctor for your health concern. {BODY}", BODY),
    (f"Check the sugar.Hi, I am Chat Doctor and I have gone through your query. {BODY}", f"Check the sugar. {BODY}"),
    (f"No need to panic. {BODY}", BODY), (f"{BODY} Good luck with your treatment.", BODY),
    (f"Hope you are fine. Thanks for the detailed history, it makes things easier. {BODY}", BODY),
    (f"{BODY} For private consultation, click on the link given below. HCM/doctors/anil-kumar-gupta", BODY),
    (f"{BODY} Take 15 mg/kg/day of the syrup.", f"{BODY} Take 15 mg/kg/day of the syrup."),  # no profile's path
    (f"Welcome to iCliniq, the online health platform where doctors answer your questions. {BODY}", BODY),
    (f"You have done the right thing by asking for a second opinion. {BODY}", BODY),
    (f"Myself Dr T. Venkatesh, Obstetrician and Infertility Specialist, New Delhi. {BODY}", BODY),
    (f"{BODY} For a detailed paid consultation with review of all reports, book me. Fees Rs. 299 only.", BODY),
])
def test_edges_blinds_5_7_and_10_found(text, after):
    assert clean.clean_answer(text) == after


@pytest.mark.parametrize("text, after", [
    (f"Hi, This is DR. P. Venkatesh from Health Care Magic, greetings.\n\n{BODY}", BODY),  # an initial ends no name
    (f"Don't worry, I am here to help you. Hello and welcome to 'HealthcareMagic'.Wear soft shoes. {BODY}",
     f"Wear soft shoes. {BODY}"),  # no empty quotes left where the site was
    (f"{BODY} Cheers! Vivek Joshi (MBBS, DPM, MD Psychiatry) Vivek Joshi", BODY),
    (f"{BODY} Hope this helps.\nThanks, Mary Thomas.\n\nHope I have cleared your doubts. All the best for your "
     "pregnancy.", BODY),
    (f"{BODY} Chat with me live for a detailed discussion.", BODY),
    (f"{BODY} For personalised diet plan, consult me privately. Message me again after the tests.", BODY),
    (f"Top of the morning to you. Read your message twice to be sure. hi, thnks for askng.{BODY}", BODY),
    (f"{BODY} Just drop me a line if you need anything else. Tc n bbye.", BODY),
    (f"{BODY} DR. Mohan Das, Dental Surgeon, Manila. Mobile consultations available.", BODY),
    (f"{BODY} Do not use ''steroid'' creams.", f"{BODY} Do not use ''steroid'' creams."),
])
def test_edges_blinds_3_and_9_found(text, after):
    assert clean.clean_answer(text) == after


@pytest.mark.parametrize("text, after", [
    (f"Here is what I think. {BODY}", BODY), (f"Based on what you have described, here is my opinion: {BODY}", BODY),
    (f"You have described everything very well, which makes my job easier. {BODY}", BODY),
    (f"Let me answer your questions one by one. {BODY}", BODY), (f"First of all don't panic. {BODY}", BODY),
    (f"I would like to say that you need not worry much. {BODY}", BODY),
    (f"Thank you for choosing me for your consultation, I will do my best to guide you. {BODY}", BODY),
    (f"Hellothanks for query. {BODY}", BODY), (f"{BODY} Follow the above advice and you will be fine.", BODY),
    (f"{BODY} You may also send the reports to me directly for a second opinion.", BODY),
    (f"{BODY} God bless you and your family.\nGood luck.\nDeepa Pillai", BODY),
    (f"With due respect, I have read your post. {BODY}", BODY),
    (f"{BODY} You can follow up with me after 7 days, or earlier if needed.", BODY),
    (f"{BODY} Wishing your wife a speedy recovery.", BODY), (f"I can feel how tired you must be of this. {BODY}", BODY),
    (f"Thank you for contacting MedAnswers, a second opinion service. {BODY}", BODY),
    (f"{BODY} Drop me a message here after 48 hours.", BODY), (f"Don't worry, beta. {BODY}", BODY),
    (f"{BODY} For more such answers, download the SecondOpinion Online app.", BODY),
    (f"{BODY} Hope this helps. Ping me on AskTheSpecialist anytime.", BODY),
    (f"{BODY} Let me know if it gets worse.", f"{BODY} Let me know if it gets worse."),  # a safety net stays
    (f"{BODY} Get back to me if the pain worsens.", f"{BODY} Get back to me if the pain worsens."),
    (f"{BODY} Keep yourself well hydrated and take rest.", f"{BODY} Keep yourself well hydrated and take rest."),
])
def test_edges_blinds_13_and_14_found(text, after):
    assert clean.clean_answer(text) == after


@pytest.mark.parametrize("text", [
    f"{BODY}\nDIFFERENTIAL DIAGNOSIS:\n1. Cystitis.\n2. Ureteric stone.\n3. Pyelonephritis.",  # a list's last item
    f"Management:\n1.Rinse your mouth after using the steroid inhaler. {BODY}",  # the item as written, no space added
    f"In brief: Lumbar muscle strain.\n{BODY}", f"{BODY}\nImpression: Costochondritis.",  # a summary's heading
    f"{BODY} Speak to a dear friend about how you feel, as it lightens the load.",  # advice by its verb
])
def test_lists_headings_and_advice_blinds_15_and_16_hold_stay(text):
    assert clean.clean_answer(text) == text


@pytest.mark.parametrize("text, after", [
    (f"{BODY}\nFollow up with a neurologist online -->", BODY), (f"{BODY} If you need further help, consult a "
                                                                  "pulmonologist online.", BODY),
    (f"{BODY} Revert back to a cardiologist online after the tests.", BODY),
    (f"{BODY} To discuss with an urologist online, click here --->", BODY),
    (f"{BODY} Revert back after two weeks to a pediatrician online for further follow up -->", BODY),
    (f"{BODY} You should consult a dermatologist online if it spreads.",
     f"{BODY} You should consult a dermatologist online if it spreads."),  # advice without a lead or an arrow
    (f"Helol, {BODY}", BODY), (f"Greeings dear, I hope you are doing well. {BODY}", BODY),
    (f"Repected Priya, {BODY}", BODY), (f"{BODY} Rest asured.", BODY), (f"{BODY} Keep safe always.", BODY),
    (f"MBBS, DCH, consultant psychiatrist. {BODY}", BODY), (f"{BODY}\nM.B.B.S., M.D.", BODY),
    (f"MBBS, MS (ENT), consultant gynecologist. Thank you for sharing the reports. {BODY}", BODY),
    (f"{BODY} Wish you good health. THANKING YOU, DR.ADEBAYO OKONKWO MBBS, FMCP CONSULTANT FAMILY PHYSICIAN", BODY),
    (f"{BODY} cheers and god bless you real good. I wish you divine healing.", BODY),
    (f"{BODY} Let me know after 48 hours how she is feeling.", BODY),
    (f"{BODY} Hope this helps po,just message me again if you have questions.", BODY),
    (f"{BODY} For a detailed consultation with a diet chart, book a premium consultation with me.", BODY),
    (f"{BODY} The tumour was resected.", f"{BODY} The tumour was resected."),  # a word of its own, no slip
    (f"{BODY} Regards to the scan, the liver shows grade one fatty change.",
     f"{BODY} Regards to the scan, the liver shows grade one fatty change."),  # a preposition, no sign-off
    (f"{BODY} Love and regards to your family.", BODY),
    (f"{BODY} Talking to a trusted friend or family member about how you feel is a good first step.",
     f"{BODY} Talking to a trusted friend or family member about how you feel is a good first step."),  # a gerund
    (f"{BODY} Wishing your wife a speedy recovery. If there is anything else, write back to me here in a week with "
     "the new reports and I will be glad to go through them.", BODY), (f"{BODY}\nClinical psychologist, Manila.", BODY),
])
def test_edges_blinds_15_and_16_found(text, after):
    assert clean.clean_answer(text) == after


@pytest.mark.parametrize("text, after", [
    (f"{BODY} Regards\n\nDr. Farah Siddiqui\nBDS, MDS\nEx-Registrar, Shanti Mother and Child Hospital", BODY),
    (f"{BODY}\ndr pooja bansal\nbds, mds\nneurologist\nkochi", BODY),  # a signature block, any case
    (f"{BODY} HOPE THIS HELPS. Dr. Sneha Kulkarni\nConsultant Pulmonologist\nHyderabad, Egypt\nDMC-R-11873", BODY),
    (f"{BODY}\nDR AHMED KHALIL\nCONSULTANT CARDIOLOGIST\nMERCY HEART INSTITUTE\nMANILA, UK\nREG NO 88201", BODY),
    (f"{BODY}\nDr. Tan Wei Ming\nMBBS, FCPS (Medicine)\nNileMed Online", BODY), (f"{BODY} So don't be afraid.", BODY),
    (f"Hi 👋 {BODY}", BODY), (f"{BODY} Take care 🙂", BODY), (f"{BODY} Get well soon!! 💐", BODY),
    (f"😊 {BODY}", BODY),  # a pictograph alone is decoration
    (f"{BODY} This reply does not replace a clinical examination.", BODY),
    (f"{BODY} Disclaimer: MediQuery answers are general advice and do not create a doctor-patient relationship.", BODY),
    (f"{BODY} Disclaimer: stop the tablets if you get a rash.",
     f"{BODY} Disclaimer: stop the tablets if you get a rash."),
    (f"{BODY} This advice does not replace your insulin, so keep taking it.",
     f"{BODY} This advice does not replace your insulin, so keep taking it."),
    (f"{BODY} Upgrade to AskDocNow Premium for unlimited chats with specialists.", BODY),
    (f"{BODY} Terima kasih.", BODY), (f"A board-certified paediatrician in Penang. {BODY}", BODY),
    (f"MB BCh BAO, MRCPI, practising in Nairobi. {BODY}", BODY), (f"{BODY} Cheers,\nKevin O'Neill", BODY),
    (f"{BODY} Wishing you quick healing.", BODY),
    (f"In brief, {BODY}", BODY),
    (f"{BODY} hope this helps u Dr. Nnamdi Okafor, MBBS, DPM, MRCPsych, Reg. No. 24123", BODY),
    (f"Where our doctors answer within hours. {BODY}", BODY), (f"Suresh madam, thank you for consulting. {BODY}", BODY),
    (f"Priya and Kavita, {BODY}", BODY), (f"MBBS, MD (MEDICINE), PSYCHIATRIST. {BODY}", BODY),
    (f"Myself dr. lina haddad, mbbs md dm neuro, ent specialist. {BODY}", BODY),
    (f"{BODY} Take care and do follow up with me after a week.", BODY),
    (f"{BODY} Get well soon, and do write back with the scan report.", BODY),
    (f"{BODY} Wishing Rahul a speedy recovery.", BODY),
])
def test_edges_blinds_19_and_20_found(text, after):
    assert clean.clean_answer(text) == after


@pytest.mark.parametrize("text, after", [
    ("Hello, I have gone through your query and the attached reports (attachment removed to protect patient "
     f"identity).Giddiness on turning the head suggests BPPV. {BODY}",
     f"Giddiness on turning the head suggests BPPV. {BODY}"),  # the note gives the full stop it took back
    (f"{BODY} Please consult your specialist doctor, discuss with him or her and start taking the medicines after "
     "consent.", BODY),  # iCliniq's prescription disclaimer
    (f"{BODY} Please start taking the medicines after consent.",
     f"{BODY} Please start taking the medicines after consent."),
    (f"{BODY} Consult a cardiologist online for more details --> Hope this information helps you.", BODY),
    (f"I have reviewed the attachment. {BODY}", BODY),
    (f"Hello mommy, Sleep early. {BODY}", f"Sleep early. {BODY}"),  # a medical word after a comma is no name
    (f"Wish to conceive soon? Then start folic acid daily. {BODY}",
     f"Wish to conceive soon? Then start folic acid daily. {BODY}"),  # a short question in known words only
    (f"Respected Chat Doctor, Stop smoking. {BODY}", f"Stop smoking. {BODY}"),  # the placeholder's address only
    (f"hi Chat Doctor A mole that bleeds should be removed. {BODY}", f"A mole that bleeds should be removed. {BODY}"),
    (f"Dear Chat DoctorSee a dentist this week. {BODY}", f"See a dentist this week. {BODY}"),
    (f"Welcome to SecondOpinion OnlineSleep early. {BODY}", f"Sleep early. {BODY}"),
])
def test_edges_blind_21_found(text, after):
    assert clean.clean_answer(text) == after
