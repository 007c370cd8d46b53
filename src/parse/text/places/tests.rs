//! Tests of `places`.

use super::*;

#[test]
fn postcode_before_the_town_at_the_end() {
    let loc = location("Lindenweg 4, 80331 München").expect("a place");
    assert_eq!(loc.city.as_deref(), Some("München"));
    assert_eq!(loc.postal_code.as_deref(), Some("80331"));
    assert_eq!(loc.address.as_deref(), Some("Lindenweg 4"));
    assert!(location("Cut costs by 12, 2000 servers").is_none());
}

#[test]
fn places() {
    for s in [
        "Boulder, CO",
        "Chengdu, China",
        "Austin, TX 78701",
        "Porto, Portugal",
        "Remote",
        "Sunnyvale",
        "Ohio",
        "Greater Boston Area",
        "Berlin, Remote",
        "Springfield, IL, USA",
        "Bengaluru, Karnataka, India",
        "Salt Lake City, Utah, USA",
    ] {
        assert!(is_location(s), "{s}");
    }
    for s in [
        "Saffron & Salt, Lyon, France",
        "Osteria Ventana, Columbus, OH",
        "Kestrel Cloud, New York, NY",
        "Harborview Care Home, Remote",
        "Tidewater Bay Studio, Lyon, France",
        "Cobaltline Corporation",
        "Software Engineer",
        "Data, Kafka",
        "Umbra Labs Inc",
    ] {
        assert!(!is_location(s), "{s}");
    }
    let s = "Lakeside Clinic Ltd. Porto, Portugal";
    assert_eq!(&s[trailing_location(s).unwrap()..], "Porto, Portugal");
    let s = "Kestrel Robotics San Francisco, CA";
    assert_eq!(&s[trailing_location(s).unwrap()..], "San Francisco, CA");
    assert_eq!(
        trailing_location("University of Northgate at Port Elm, Ohio"),
        None
    );
    let s = "Meridian Tax Oy, Senior Auditor, Columbus, OH";
    assert_eq!(&s[trailing_location(s).unwrap()..], "Columbus, OH");
    assert_eq!(
        trailing_location("Staff Nurse, Lakeview Care Home, Remote"),
        None
    );
    let s = "Marrowdale Genomics Lab, Ann Arbor, MI";
    assert_eq!(&s[trailing_location(s).unwrap()..], "Ann Arbor, MI");
    let s = "Qinghe University, Chengdu, China";
    assert_eq!(&s[trailing_location(s).unwrap()..], "Chengdu, China");
    // A spaced dash ends the name: the whole town after it, not its last word.
    let s = "Harbour Inn - Palm Grove, FL";
    assert_eq!(&s[trailing_location(s).unwrap()..], "Palm Grove, FL");
    let s = "Kelda Labs | Port Elm Heights, Ohio";
    assert_eq!(
        &s[trailing_location(s).unwrap()..],
        "Port Elm Heights, Ohio"
    );
}

#[test]
fn addresses_as_people_write_them() {
    let city = |s: &str| location(s).and_then(|l| l.city);
    assert_eq!(
        city("Thurngasse 8/4, 1090 Wien, Österreich").as_deref(),
        Some("Wien")
    );
    assert_eq!(
        city("11858 180th St Milaca, MN 56353").as_deref(),
        Some("Milaca")
    );
    assert_eq!(
        city("B-269 Wells Hall, 619 Red Cedar Road, East Lansing, MI 48824 U.S.A.").as_deref(),
        Some("East Lansing")
    );
    assert_eq!(
        city("67435 Neustadt an der Weinstraße").as_deref(),
        Some("Neustadt an der Weinstraße")
    );
    // A street with its number is no postcode and town.
    assert_eq!(city("7725 Cutler Ave NE"), None);
    assert_eq!(city("Viseu, Portugal").as_deref(), Some("Viseu"));
}

#[test]
fn a_county_before_the_postcode_is_the_region() {
    let loc = location("14 Mill Lane, Ashford, Kent TN23 1AB").expect("a place");
    assert_eq!(loc.city.as_deref(), Some("Ashford"));
    assert_eq!(loc.region.as_deref(), Some("Kent"));
    assert_eq!(loc.address.as_deref(), Some("14 Mill Lane"));
    let loc = location("Bury St Edmunds, Suffolk IP33 1AB").expect("a place");
    assert_eq!(loc.city.as_deref(), Some("Bury St Edmunds"));
    let loc = location("12 High St, Bristol BS1 4DJ").expect("a place");
    assert_eq!(loc.city.as_deref(), Some("Bristol"));
}
