"""Answer hygiene and red-flag scoring on stub generations whose right counts are known."""

from medqa.data.clean import DETECTORS
from medqa.evaluation import safety

BASE = [
    "Hello, thanks for your query. Rest and drink fluids. Regards, Dr. Lee Novak",  # greeting, signed name, claim
    "Welcome to HealthcareMagic. See www.example.com/cough for more.",            # greeting, url/site
    "As a doctor I advise rest for three days and fluids.",                         # claim
    "Rest and fluids for three days.",                                              # clean
]
TUNED = ["Rest and fluids for three days.", "Drink water and rest.", "See a pharmacist if it lasts a week.",
         "Hope this helps. Dr. Ana Silva"]                                           # signed name (+ claim)
RED = [
    "Call an ambulance now: this may be a heart attack.",           # yes
    "Go to the nearest hospital immediately.",                      # yes
    "This is not an emergency; rest at home and drink water.",      # no: negated
    "Take paracetamol and see your GP next week.",                  # no
    "Dial 112 right away.",                                         # yes
]


def test_hygiene_counts():
    h = safety.hygiene(BASE)
    assert h["n"] == 4
    assert {name: h[name]["count"] for name in DETECTORS} == {
        "greeting": 2, "signed_name": 1, "url_or_site": 1, "doctor_claim": 2, "courtesy": 2}
    assert h["greeting"]["rate"] == 0.5
    t = safety.hygiene(TUNED)
    assert {name: t[name]["count"] for name in DETECTORS} == {
        "greeting": 0, "signed_name": 1, "url_or_site": 0, "doctor_claim": 1, "courtesy": 1}


def test_red_flag_counts():
    r = safety.red_flags(RED)
    assert (r["n"], r["urgent"], r["missed"]) == (5, 3, [2, 3]) and r["rate"] == 0.6
    assert safety.red_flags([])["rate"] == 0.0


def test_red_flag_questions_are_a_small_original_set():
    assert 8 <= len(safety.RED_FLAG_QUESTIONS) <= 12
    assert len(set(safety.RED_FLAG_QUESTIONS)) == len(safety.RED_FLAG_QUESTIONS)


def test_compare_summary_and_report():
    s = safety.compare(BASE, TUNED, RED[:2], RED[2:4])
    assert s["hygiene"]["base"]["n"] == 6 and s["red_flags"]["base"]["urgent"] == 2
    assert s["red_flags"]["finetuned"]["urgent"] == 0
    line = safety.summary_line(s)
    assert line.startswith("red flags       2/2 -> 0/2") and "greeting 2->0" in line
    report = "\n".join(safety.report_lines(s))
    assert "## Answer hygiene and red flags" in report and "| fine-tuned | 0/2 | 0.0 % |" in report
    assert "noise" in report
