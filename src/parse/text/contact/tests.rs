//! Tests of `contact`.

use super::*;
use crate::parse::text::name::title_case;
use crate::parse::text::normalise::Document;

fn basics(text: &str) -> Basics {
    let doc = Document::new(text);
    let mut b = Basics::default();
    let mut rec = Recorder::new(doc.source.len());
    let idxs: Vec<usize> = (0..doc.lines.len()).collect();
    read(&doc.lines, &idxs, &mut b, &mut rec);
    b
}

#[test]
fn contact_block() {
    let b = basics(
        "NADIA FERREIRA\n\n12 Rua das Flores, Porto, Portugal +351 912 345 678 | nadia.f@example.com | linkedin.com/in/nadia-ferreira | github.com/nferreira | https://nadia.dev",
    );
    assert_eq!(b.name.as_deref(), Some("Nadia Ferreira"));
    assert_eq!(b.email.as_deref(), Some("nadia.f@example.com"));
    assert_eq!(b.phone.as_deref(), Some("+351 912 345 678"));
    assert_eq!(b.url.as_deref(), Some("https://nadia.dev"));
    assert_eq!(b.profiles.len(), 2);
    assert_eq!(b.profiles[0].username.as_deref(), Some("nadia-ferreira"));
    let loc = b.location.unwrap();
    assert_eq!(loc.city.as_deref(), Some("Porto"));
    assert_eq!(loc.address.as_deref(), Some("12 Rua das Flores"));
}

#[test]
fn a_name_under_a_letter_style_address() {
    let b = basics(
        "18 Larkspur Rd\nSpringfield, IL 62704\n(217) 555-0142\nmira.okafor@example.org\nMira Okafor\n\nSKILLS\nWelding",
    );
    assert_eq!(b.name.as_deref(), Some("Mira Okafor"));
    // Without the address above, a line that far down is no name.
    let b = basics("Springfield\nWelding and fitting\nShift lead\nForklift\nMira Okafor\n");
    assert_eq!(b.name, None);
}

#[test]
fn labels_without_targets_are_not_profiles() {
    let b = basics("# Ivo Marsh\n\nivo@example.org · – Blog · – in IvoMarsh · [Link]");
    assert_eq!(b.name.as_deref(), Some("Ivo Marsh"));
    assert!(b.profiles.is_empty());
    assert_eq!(b.url, None);
}

#[test]
fn handles_and_us_address() {
    let b = basics("Priya Raman\nGitHub: priyar · Austin, TX 78701 · (512) 555-0199");
    assert_eq!(b.profiles[0].network.as_deref(), Some("GitHub"));
    assert_eq!(b.profiles[0].username.as_deref(), Some("priyar"));
    let loc = b.location.unwrap();
    assert_eq!(
        (
            loc.city.as_deref(),
            loc.region.as_deref(),
            loc.postal_code.as_deref()
        ),
        (Some("Austin"), Some("TX"), Some("78701"))
    );
    assert_eq!(b.phone.as_deref(), Some("(512) 555-0199"));
}

#[test]
fn name_beside_contacts_in_two_columns() {
    let b = basics(
        "RUTH ODALYS                                 ruth.o@example.org\nLine Cook                                   +1 303 555 0147\nBoulder, CO",
    );
    assert_eq!(b.name.as_deref(), Some("Ruth Odalys"));
    assert_eq!(b.email.as_deref(), Some("ruth.o@example.org"));
    assert_eq!(b.label.as_deref(), Some("Line Cook"));
}

#[test]
fn labelled_places() {
    let b = basics("Ada Quill\nAddress: Austin, TX · Phone: (512) 555-0199");
    let loc = b.location.unwrap();
    assert_eq!(
        (loc.city.as_deref(), loc.region.as_deref()),
        (Some("Austin"), Some("TX"))
    );
    assert_eq!(b.phone.as_deref(), Some("(512) 555-0199"));
    let b = basics("Jo Feld\nWohnort: Markkleeberg · jo@example.de");
    assert_eq!(
        b.location.and_then(|l| l.city).as_deref(),
        Some("Markkleeberg")
    );
}

#[test]
fn name_below_the_contact_line() {
    let b = basics("ines.q@example.org | +351 912 000 111\nInês Quaresma\nLisbon, Portugal");
    assert_eq!(b.name.as_deref(), Some("Inês Quaresma"));
    assert_eq!(b.email.as_deref(), Some("ines.q@example.org"));
}

#[test]
fn not_names() {
    assert!(basics("Software Engineer\nExperience").name.is_none());
    assert!(basics("Acme Corporation").name.is_none());
    assert_eq!(title_case("JEAN-LUC O'NEIL"), "Jean-Luc O'Neil");
    assert_eq!(title_case("MARÍA DE LA CRUZ"), "María de la Cruz");
    assert_eq!(
        basics("Sam Rivera (they/them)\nsam@example.org")
            .name
            .as_deref(),
        Some("Sam Rivera")
    );
    assert_eq!(
        basics("JANE OKORO, RN, BSN\njane@example.org")
            .name
            .as_deref(),
        Some("Jane Okoro")
    );
    assert_eq!(
        basics("Tomás Ribeiro, PhD\ntomas@example.org")
            .name
            .as_deref(),
        Some("Tomás Ribeiro")
    );
}

#[test]
fn phone_numbers_with_long_digit_runs_are_read_whole() {
    assert_eq!(
        phone("Mobile: +91 7499902800").as_deref(),
        Some("+91 7499902800")
    );
    assert_eq!(
        phone("Tél. +0033 612000748").as_deref(),
        Some("+0033 612000748")
    );
    assert_eq!(phone("+1 555-301-2748").as_deref(), Some("+1 555-301-2748"));
    // A long number without a country code or groups is no phone (an ISBN, an ID).
    assert_eq!(phone("ISBN 9780262033848"), None);
}

#[test]
fn an_address_written_to_hide_it_from_harvesters() {
    let b = basics("Ana Tide\nana.tide[at]kelda-uni.de | www.anatide.net");
    assert_eq!(b.email.as_deref(), Some("ana.tide[at]kelda-uni.de"));
    assert_eq!(b.url.as_deref(), Some("www.anatide.net"));
    let b = basics("Ana Tide\nana (at) kelda [dot] org");
    assert_eq!(b.email.as_deref(), Some("ana (at) kelda [dot] org"));
    // "at" as a word in a headline is no address.
    let b = basics("Ana Tide\nEngineer at Kelda.org");
    assert_eq!(b.email, None);
}

#[test]
fn a_linkedin_path_in_the_contact_line() {
    let b = basics("Ana Tide\nana@example.com | 555-201-3344 | /in/ana-tide");
    assert_eq!(b.profiles.len(), 1);
    assert_eq!(b.profiles[0].username.as_deref(), Some("ana-tide"));
}

#[test]
fn a_name_stacked_one_word_to_a_line() {
    let b = basics("ANA\nTIDE\nMarine biologist\nana@example.com");
    assert_eq!(b.name.as_deref(), Some("Ana Tide"));
    // A capital word under a one-word name that is no name stays out of it.
    let b = basics("ANA\nBERLIN\nana@example.com");
    assert_eq!(b.name.as_deref(), Some("Ana"));
    // Capitalised, under a contact line: the two words are still the name.
    let b = basics("+44 7700 900123\n\nAna\nTide-Morrow\n\nMarine biologist\nana@example.com");
    assert_eq!(b.name.as_deref(), Some("Ana Tide-Morrow"));
    // Form labels one to a line are no name.
    let b = basics("Name:\nAddress:\n\nAna Tide\nana@example.com");
    assert_ne!(b.name.as_deref(), Some("Name Address"));
}

#[test]
fn a_headline_glued_to_the_name_is_the_label() {
    let b = basics("Ana Tide Full Stack Developer\nana@example.com | 555-201-3344");
    assert_eq!(b.name.as_deref(), Some("Ana Tide"));
    assert_eq!(b.label.as_deref(), Some("Full Stack Developer"));
}

#[test]
fn a_number_its_label_calls_a_phone() {
    let b = basics("Ana Tide\nMobil:   015512345678");
    assert_eq!(b.phone.as_deref(), Some("015512345678"));
    let b = basics("Ana Tide\nTelefon:0155/1234567");
    assert_eq!(b.phone.as_deref(), Some("0155/1234567"));
    // Without a label a long run of digits is no phone (an ID, an account).
    let b = basics("Ana Tide\nRef 015512345678");
    assert_eq!(b.phone, None);
}

#[test]
fn a_lone_digit_after_a_number_is_no_part_of_it() {
    assert_eq!(phone("555-201-3344 0").as_deref(), Some("555-201-3344"));
    assert_eq!(
        phone("+33 6 12 34 56 78").as_deref(),
        Some("+33 6 12 34 56 78")
    );
    // Too few digits without it: the digit stays rather than losing the number.
    assert_eq!(phone("(55) 201 334 4").as_deref(), Some("(55) 201 334 4"));
}

#[test]
fn a_town_and_region_beside_the_contacts_is_the_location_even_unlisted() {
    let b = basics("MIRA TOLLAND\nKelsby, North Riding | 07700 900123 | mira@example.org");
    let loc = b.location.unwrap();
    assert_eq!(loc.city.as_deref(), Some("Kelsby"));
    assert_eq!(loc.region.as_deref(), Some("North Riding"));
    // Without a phone or e-mail on the line, two names are not read as a place.
    let b = basics("MIRA TOLLAND\nKelsby, North Riding");
    assert!(b.location.is_none());
}

#[test]
fn a_lone_town_set_apart_beside_the_contacts_is_the_location() {
    let b = basics("MIRA TOLLAND\nWeb Editor | Kelsby | 07700 900123 | mira@example.org");
    assert_eq!(b.location.unwrap().city.as_deref(), Some("Kelsby"));
    let b = basics("MIRA TOLLAND\nKelsby VIC · 0400 555 123 · mira@example.org");
    let loc = b.location.unwrap();
    assert_eq!(loc.city.as_deref(), Some("Kelsby"));
    assert_eq!(loc.region.as_deref(), Some("VIC"));
    // Contact labels and handles beside link labels are no town.
    let b = basics("MIRA TOLLAND\nPhone | 07700 900123 | Email | mira@example.org");
    assert!(b.location.is_none());
    let b = basics("MIRA TOLLAND\nmira@example.org · Miratoll · Blog");
    assert!(b.location.is_none());
    // A subtitle beside a headline, with no contact on the line, is no town either.
    let b = basics("MIRA TOLLAND\nNurse Practitioner – Emergency Care");
    assert!(b.location.is_none());
}

#[test]
fn a_place_on_its_own_line_in_the_contact_block_is_the_location() {
    let parse = |t: &str| crate::parse::ResumeParser::new().parse(t).basics.location;
    let loc = parse("Jo Tolland\n\nContact\n07700 900744\njo@example.org\nKelsby, North Riding\n\nSkills\nRota planning\n");
    assert_eq!(loc.and_then(|l| l.city).as_deref(), Some("Kelsby"));
    // Before the first heading, right under the e-mail, with its region.
    let loc = parse("Jo Tolland\njo@example.org\nKelsby, North Riding\n\nSkills\nRota planning\n");
    assert_eq!(loc.and_then(|l| l.city).as_deref(), Some("Kelsby"));
    // A town alone there is not enough.
    let loc = parse("Jo Tolland\njo@example.org\nKelsby\n\nSkills\nRota planning\n");
    assert!(loc.is_none());
}

#[test]
fn a_short_line_under_the_name_is_the_headline() {
    let b = basics("MIRA TOLLAND\nLaw Graduate\nmira@example.org");
    assert_eq!(b.label.as_deref(), Some("Law Graduate"));
    // An employer under the name (a document without headings) is no headline.
    let b = basics("MIRA TOLLAND\nKelda Foods Ltd\nmira@example.org");
    assert_eq!(b.label, None);
}

#[test]
fn dutch_grid_labels_name_the_person_and_their_address() {
    let b = basics("Naam:      Mira Tolland\nAdres:     Kelderstraat 4, 3511 AZ Utrecht\n");
    assert_eq!(b.name.as_deref(), Some("Mira Tolland"));
    let loc = b.location.unwrap();
    assert_eq!(loc.city.as_deref(), Some("Utrecht"));
    assert_eq!(loc.address.as_deref(), Some("Kelderstraat 4"));
}
