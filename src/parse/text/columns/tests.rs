//! Columns read one after the other: fictional layouts.

use super::*;

const TWO: &str = "\
                        Ines Okafor
           ines@example.org | 555.010.2020

EDUCATION                   EXPERIENCE
Tamsin College              Brightwell | Data Engineer
BSc Statistics              Jan 2021 – Present | Leeds
2020 | Leeds                • Built the nightly loads that feed
                              the finance dashboards.
SKILLS                      • Cut warehouse costs by 12%.
Python • SQL • dbt
                            Orrin Labs | Analyst Intern
LANGUAGES                   Jun 2019 – Aug 2019 | York
English, Yoruba             • Cleaned survey data in R.

                            PROJECTS
                            Tallyho | a ledger in Rust
";

#[test]
fn side_by_side_columns_read_one_after_the_other() {
    let (out, origin) = linearise(TWO).unwrap();
    assert_eq!(out.lines().count(), origin.len());
    let lines: Vec<&str> = out.lines().map(str::trim_end).collect();
    let at = |s: &str| lines.iter().position(|l| l.trim() == s).unwrap();
    assert!(at("Ines Okafor") < at("EDUCATION"));
    assert!(at("English, Yoruba") < at("EXPERIENCE"));
    assert!(at("EXPERIENCE") < at("Brightwell | Data Engineer"));
    assert!(at("• Cleaned survey data in R.") < at("PROJECTS"));
    assert_eq!(lines[at("Python • SQL • dbt")], "Python • SQL • dbt");
    // Both halves of a shared line point back at it.
    assert_eq!(origin[at("EDUCATION")], origin[at("EXPERIENCE")]);
}

#[test]
fn each_page_is_read_on_its_own() {
    let page2 = "\
Ines Okafor – Résumé – Page 2 of 2
AWARDS                      VOLUNTEERING
2019 Dean's List            Leeds Food Bank | Driver
2018 Stats Prize            2017 – 2019 | Leeds
                            • Drove the Saturday van.
";
    let (out, origin) = linearise(&format!("{TWO}{page2}")).unwrap();
    let lines: Vec<&str> = out.lines().map(str::trim).collect();
    let at = |s: &str| lines.iter().position(|l| *l == s).unwrap();
    assert!(at("Tallyho | a ledger in Rust") < at("Ines Okafor – Résumé – Page 2 of 2"));
    assert!(at("Ines Okafor – Résumé – Page 2 of 2") < at("AWARDS"));
    assert!(at("2018 Stats Prize") < at("VOLUNTEERING"));
    assert_eq!(origin[at("AWARDS")], origin[at("VOLUNTEERING")]);
}

#[test]
fn the_header_above_the_first_heading_stays_as_written() {
    let text = "\
Ines Okafor                     ines@example.org
Data Engineer                   +44 7700 900123

EXPERIENCE                      SKILLS
Brightwell | Data Engineer      Python, SQL
2021 – Present | Leeds          dbt, Airflow
• Built the nightly loads.
• Cut warehouse costs by 12%.   LANGUAGES
                                English, Yoruba
EDUCATION
Tamsin College | BSc            INTERESTS
2017 – 2020                     Chess, running
";
    let (out, _) = linearise(text).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].contains("ines@example.org"));
    let at = |s: &str| lines.iter().position(|l| l.trim() == s).unwrap();
    assert!(at("2017 – 2020") < at("SKILLS"));
}

#[test]
fn a_date_column_is_no_second_column() {
    let text = "EXPERIENCE\n\
2019 – 2021        Research\n\
                   Acme Ltd, Leeds\n\
2017 – 2019        Engineer\n\
                   Brightwell, York\n\
2016 – 2017        Intern\n\
                   Orrin Labs, Hull\n\
2015 – 2016        Tutor\n\
                   Tamsin College\n\
2014 – 2015        Teaching\n\
2013 – 2014        Clerk\n\
\n\
EDUCATION\n\
2010 – 2013        BSc Physics\n";
    assert_eq!(linearise(text), None);
}

/// A sidebar whose headings are set flush right against the gutter, and a main column
/// starting at ragged positions: no single start column holds most lines.
const SIDEBAR: &str = "\
  Tomas Vidal
  Harbour Road 4, Porto

       Contact             Profile
   tomas@example.org         Ship's cook turned caterer, who plans menus for
   +351 900 000 000        crews of forty and keeps the galley clean.
                           Experience
        Skills               Head Cook, Linha Azul
   Menu planning            2019 – 2024, Porto
   Food safety             • Fed a crew of forty on long voyages.
   Stock control           • Cut food waste by a fifth.
     Languages             Galley Hand, Mar Alto
   Portuguese, English     2016 – 2019, Lisbon
";

#[test]
fn a_sidebar_beside_a_ragged_main_column_is_read_first() {
    let (out, _) = linearise(SIDEBAR).unwrap();
    let lines: Vec<&str> = out.lines().map(str::trim).collect();
    let at = |s: &str| lines.iter().position(|l| *l == s).unwrap();
    assert!(at("Tomas Vidal") < at("Contact"));
    assert!(at("Portuguese, English") < at("Profile"));
    assert!(at("Profile") < at("Ship's cook turned caterer, who plans menus for"));
    assert!(at("Head Cook, Linha Azul") < at("2019 – 2024, Porto"));
    assert!(at("Skills") < at("Menu planning"));
}

#[test]
fn rows_of_the_other_column_do_not_break_a_sentence() {
    // The sidebar set on a wider line pitch than the main text: every other row of it
    // is empty where the main column has a line.
    let text = "\
Contact                      Experience
ada@example.org              Head Cook, Linha Azul
                             2019 – 2024, Porto
Profile                      • Fed a crew of forty.
                             • Cut food waste by a fifth.
A cook who plans menus for   Galley Hand, Mar Alto
                             2016 – 2019, Lisbon
crews of forty and keeps     • Scrubbed the decks.
                             Education
the galley clean.            Escola de Hotelaria,
Quiet hands,
                             Porto

Skills
Menu planning
";
    let (out, _) = linearise(text).unwrap();
    let lines: Vec<&str> = out.lines().map(str::trim).collect();
    let at = |s: &str| lines.iter().position(|l| *l == s).unwrap();
    assert_eq!(
        at("crews of forty and keeps"),
        at("A cook who plans menus for") + 1
    );
    assert_eq!(at("the galley clean."), at("crews of forty and keeps") + 1);
    // A name cut after its comma goes on below.
    assert_eq!(at("Porto"), at("Escola de Hotelaria,") + 1);
    // A gap before a capital stays a gap.
    assert_eq!(lines[at("Profile") - 1], "");
}

#[test]
fn the_next_page_carries_on_its_columns_at_a_gutter_of_its_own() {
    let page2 = "\
(Head Cook, cont.)                            Volunteering
• Trained two apprentices in the galley.      Sea Scouts, Porto
• Wrote the crew's allergy cards.             2018 – 2020
• Kept the cold store at temperature.         • Taught knots and
                                                cooking on a fire.
";
    let (out, origin) = linearise(&format!("{SIDEBAR}{page2}")).unwrap();
    let lines: Vec<&str> = out.lines().map(str::trim).collect();
    let at = |s: &str| lines.iter().position(|l| *l == s).unwrap();
    assert!(at("Galley Hand, Mar Alto") < at("(Head Cook, cont.)"));
    assert!(at("• Kept the cold store at temperature.") < at("Volunteering"));
    assert_eq!(origin[at("Volunteering")], origin[at("(Head Cook, cont.)")]);
}

#[test]
fn a_title_and_its_dates_are_no_columns() {
    // Headings on both sides, but every row that has text on both sides holds a date
    // on the right: a job title and the dates it was held.
    let text = "\
Experience                                Skills
Head Cook, Linha Azul                     2019 – 2024
Galley Hand, Mar Alto                     2016 – 2019
Kitchen Porter, Casa Rio                  2014 – 2016
Education                                 Languages
Escola de Hotelaria                       2012 – 2014
Liceu Central                             2009 – 2012
";
    assert_eq!(linearise(text), None);
}
