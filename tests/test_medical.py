"""medqa/data/medical.py: the lexicon finds medical content in sentences of every category, and none in courtesy."""

import pytest

from medqa.data import frames, medical
from medqa.data.boilerplate import key
from medqa.synthetic import planted

# Sentences written for this test, one or more per category of the lexicon, each with no word of the others.
MEDICAL = {
    "body": ["The left wrist looks bruised.", "Raise the ankle on a cushion.", "Your gums look fine."],
    "symptoms": ["The numbness should fade.", "Tingling in the toes comes and goes.", "Some bloating is common."],
    "conditions": ["It sounds like shingles.", "Piles are common after a long labour.", "This is thrush.",
                   "Chickenpox is contagious.", "Bell's palsy usually improves."],
    "drugs": ["Sertraline takes a while to work.", "Start losartan.", "Warfarin interacts with many things.",
              "Sumatriptan at the onset.", "Enoxaparin is given under the skin.", "Montelukast at bedtime."],
    "forms": ["Use the lotion on the scalp.", "A medicated shampoo suits this.", "Use the inhaler with a spacer.",
              "A nicotine patch may be easier.", "One sachet in a glass of water."],
    "tests": ["An INR check is due.", "Repeat the TSH.", "Your SGPT is raised.", "A Pap smear is advised.",
              "The HbA1c of 6.8 is borderline.", "Get an echo done.", "A biopsy will settle it."],
    "care": ["See an endocrinologist.", "Talk to a counsellor.", "Call an ambulance.", "Go to casualty now."],
    "lifestyle": ["Chew slowly.", "Rinse with salt water.", "Wear loose underwear.", "Cut out alcohol.",
                  "Quit smoking.", "Change the dressing daily.", "Keep the area dry."],
    "time courses": ["Give it five days.", "Repeat every six hours.", "It works best within 72 hours.",
                     "Recheck after two to three weeks."],
    "condition endings": ["Likely pyelonephritis.", "Costochondritis fits.", "A cholecystectomy is planned.",
                          "Haematuria needs a look."],  # names no list holds, by their endings
    "headings": ["Investigations:", "Differential diagnosis:", "Precautions:"],
}
COURTESY = [
    "Hello and welcome.", "Thanks for your query.", "I have gone through your question carefully.",
    "I can understand your concern.", "Hope this helps.", "Wishing you a speedy recovery.",
    "Get well soon.", "Take care.", "Best regards.", "Feel free to write back with more details.",
    "I hope I have answered your question.", "May God bless you and your family.", "Have a great day.",
    "Good luck.", "Please rate my answer.", "Thank you for trusting us with your health.",
    "I read your history and reports.", "A hearty welcome to our forum.", "Click thumbs up if it helped.",
    "Let me know if you need anything else.", "Stay healthy and happy.", "Warm regards and best wishes.",
    "May God heal you soon.", "Good night and sweet dreams.", "Sorry for the late reply.", "Keep me posted.",
    "I have 15 years of experience.", "Available 24 x 7 for you.", "Have a wonderful day ahead.",
    "You have my sympathy.", "Deepa Pillai",
]


@pytest.mark.parametrize("category, sentence", [(c, s) for c, ss in MEDICAL.items() for s in ss])
def test_a_medical_sentence_of_each_category_is_medical_at_both_edges(category, sentence):
    assert medical.is_medical(key(sentence), "open") and medical.is_medical(key(sentence), "close"), category


@pytest.mark.parametrize("sentence", COURTESY)
def test_courtesy_is_not_medical(sentence):
    assert not medical.is_medical(key(sentence), "close")


def test_x_ray_as_its_key_spells_it():
    assert key("Your X-ray is clear.") == "your x ray is clear"
    assert medical.is_medical("your x ray is clear") and medical.is_medical("an xray")
    assert not medical.is_medical("x marks the spot ray of light")


def test_a_self_introductions_years_are_no_time_course():
    assert medical.is_medical("repeat it every three years") and medical.is_medical("for 0 days")
    assert not medical.is_medical("i am dr <name> with 0 years of experience", "close")
    assert not medical.is_medical("as a dr for over 0 years i see this quite often", "close")
    assert not medical.is_medical("i have 0 months of experience", "close")


def test_meaning_words_count_by_edge():
    assert medical.is_medical("if so", "open") and not medical.is_medical("if so", "close")
    assert medical.is_medical("no", "close")


def test_short_stems_are_whole_words_and_exceptions_hold():
    assert medical.medical_word("ear") and not medical.medical_word("early")
    assert medical.medical_word("numb") and not medical.medical_word("number")
    assert medical.medical_word("heart") and not medical.medical_word("heartfelt")
    assert medical.medical_word("0mg") and not medical.medical_word("<name>")


def test_the_random_words_carry_no_medical_sense():
    assert not [w for w in planted.WORDS if medical.is_medical(w)]  # else a planted phrase would stay by design


def test_courtesy_vocabulary_stays_outside_the_lexicon():
    known = {"anxiety", "discuss", "discussion", "respond"}  # medical before this lexicon: courtesy rewrites them
    assert sorted(w for w in frames.COURTESY | frames.FUNCTION if medical.medical_word(w)) == sorted(known)
