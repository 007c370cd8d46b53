//! The export's tables → JSON Resume, column by column.
//!
//! Takes the text of the export's files that were found; gives the résumé. Where
//! each column goes:
//!
//! | file | column → field |
//! |---|---|
//! | Profile | First Name + Last Name → `basics.name`; Headline → `label`; Summary → `summary`; Geo Location, Address, Zip Code → `location`; Websites → `url` (the first) and `profiles` (the others); Twitter Handles → `profiles` |
//! | Email Addresses | the primary address (else the first confirmed, else the first) → `basics.email` |
//! | PhoneNumbers | the first Number, with its Extension → `basics.phone` |
//! | Positions | `work`: Company Name → `name`, Title → `position`, Description → `summary`, Location, Started On, Finished On → dates |
//! | Education | `education`: School Name → `institution`, Degree Name → `studyType`, Start/End Date; Notes, Activities kept as `notes`, `activities` |
//! | Skills, Languages | `skills` (Name); `languages` (Name → `language`, Proficiency → `fluency`) |
//! | Certifications | `certificates`: Name, Url, Authority → `issuer`, Started On → `date`; Finished On → `endDate`, License Number → `licenseNumber` |
//! | Projects, Honors, Publications | `projects` (Title → `name`), `awards` (Title, Description → `summary`, Issued On → `date`), `publications` (Published On → `releaseDate`, Description → `summary`) |
//! | Volunteering | `volunteer`: Company Name → `organization`, Role → `position`, Description → `summary`, dates; Cause → `cause` |
//!
//! Dates ("Jan 2020", "2020", "Mar 3, 2021") become the ISO prefixes JSON Resume uses;
//! one that isn't read as a date is kept as written. An empty Finished On is an
//! entry still going on: no `endDate`. Text is kept as written (descriptions with
//! their line breaks). Left out on purpose: Birth Date (a site publishes what it is
//! given, and a birth date has no place in the schema), Maiden Name, Industry and
//! Instant Messengers (no place in the schema).

use serde_json::Value;

use super::archive::Found;
use super::table::{col, Column, Row, Table};
use super::values::{capitalised, date, list};
use super::Problem;
use crate::model::{
    Award, Certificate, Education, Language, Location, Profile, Project, Publication, Resume,
    Skill, Volunteer, Work,
};
use crate::parse::text::place;

/// One file of the export the reader maps: its name, the columns it reads, and what
/// it fills in.
struct File {
    name: &'static str,
    columns: &'static [Column],
    fill: fn(&mut Resume, &Table),
}

/// The export's files the reader maps, in the order they are read.
const LAYOUT: &[File] = &[
    File {
        name: "Profile.csv",
        columns: &[
            col("First Name"),
            col("Last Name"),
            col("Address"),
            col("Headline"),
            col("Summary"),
            col("Zip Code"),
            col("Geo Location"),
            col("Twitter Handles"),
            col("Websites"),
        ],
        fill: profile,
    },
    File {
        name: "Email Addresses.csv",
        columns: &[col("Email Address"), col("Confirmed"), col("Primary")],
        fill: |r, t| r.basics.email = email(t),
    },
    File {
        name: "PhoneNumbers.csv",
        // Descriptions of the export name this column both ways.
        columns: &[
            Column {
                name: "Number",
                aliases: &["Phone Number"],
            },
            col("Extension"),
        ],
        fill: |r, t| r.basics.phone = phone(t),
    },
    File {
        name: "Positions.csv",
        columns: &[
            col("Company Name"),
            col("Title"),
            col("Description"),
            col("Location"),
            col("Started On"),
            col("Finished On"),
        ],
        fill: |r, t| r.work = t.rows().map(|w| work(&w)).collect(),
    },
    File {
        name: "Education.csv",
        columns: &[
            col("School Name"),
            col("Start Date"),
            col("End Date"),
            col("Notes"),
            col("Degree Name"),
            col("Activities"),
        ],
        fill: |r, t| r.education = t.rows().map(|e| education(&e)).collect(),
    },
    File {
        name: "Skills.csv",
        columns: &[col("Name")],
        fill: |r, t| {
            r.skills = (t.rows().filter_map(|s| s.opt("Name")))
                .map(|name| Skill {
                    name: Some(name),
                    ..Skill::default()
                })
                .collect();
        },
    },
    File {
        name: "Languages.csv",
        columns: &[col("Name"), col("Proficiency")],
        fill: |r, t| {
            r.languages = (t.rows())
                .map(|l| Language {
                    language: l.opt("Name"),
                    fluency: l.opt("Proficiency"),
                    ..Language::default()
                })
                .collect();
        },
    },
    File {
        name: "Certifications.csv",
        columns: &[
            col("Name"),
            col("Url"),
            col("Authority"),
            col("Started On"),
            col("Finished On"),
            col("License Number"),
        ],
        fill: |r, t| r.certificates = t.rows().map(|c| certificate(&c)).collect(),
    },
    File {
        name: "Projects.csv",
        columns: &[
            col("Title"),
            col("Description"),
            col("Url"),
            col("Started On"),
            col("Finished On"),
        ],
        fill: |r, t| {
            r.projects = (t.rows())
                .map(|p| Project {
                    name: p.opt("Title"),
                    description: p.opt("Description"),
                    url: p.opt("Url"),
                    start_date: date(p.get("Started On")),
                    end_date: date(p.get("Finished On")),
                    ..Project::default()
                })
                .collect();
        },
    },
    File {
        name: "Honors.csv",
        columns: &[col("Title"), col("Description"), col("Issued On")],
        fill: |r, t| {
            r.awards = (t.rows())
                .map(|a| Award {
                    title: a.opt("Title"),
                    summary: a.opt("Description"),
                    date: date(a.get("Issued On")),
                    ..Award::default()
                })
                .collect();
        },
    },
    File {
        name: "Publications.csv",
        columns: &[
            col("Name"),
            col("Published On"),
            col("Description"),
            col("Publisher"),
            col("Url"),
        ],
        fill: |r, t| {
            r.publications = (t.rows())
                .map(|p| Publication {
                    name: p.opt("Name"),
                    publisher: p.opt("Publisher"),
                    release_date: date(p.get("Published On")),
                    url: p.opt("Url"),
                    summary: p.opt("Description"),
                    ..Publication::default()
                })
                .collect();
        },
    },
    File {
        name: "Volunteering.csv",
        columns: &[
            col("Company Name"),
            col("Role"),
            col("Cause"),
            col("Started On"),
            col("Finished On"),
            col("Description"),
        ],
        fill: |r, t| r.volunteer = t.rows().map(|v| volunteer(&v)).collect(),
    },
];

/// The names of the export's files the reader maps, in the order they are read.
pub fn files() -> Vec<&'static str> {
    LAYOUT.iter().map(|f| f.name).collect()
}

/// The résumé the found files say.
pub fn resume(found: &[Found]) -> Result<Resume, Problem> {
    let mut r = Resume::default();
    for f in found {
        let Some(file) = LAYOUT.iter().find(|l| l.name == f.name) else {
            continue;
        };
        let table = Table::read(f.name, &f.text, file.columns)?;
        (file.fill)(&mut r, &table);
    }
    Ok(r)
}

/// The profile is one row: the first.
fn profile(r: &mut Resume, table: &Table) {
    let Some(row) = table.rows().next() else {
        return;
    };
    let row = &row;
    let name = [row.get("First Name"), row.get("Last Name")]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let b = &mut r.basics;
    b.name = Some(name).filter(|n| !n.is_empty());
    b.label = row.opt("Headline");
    b.summary = row.opt("Summary");
    b.location = location(row);
    let mut sites = list(row.get("Websites")).into_iter();
    b.url = sites.next().map(|(_, url)| url);
    b.profiles = sites
        .map(|(label, url)| Profile {
            network: Some(label.map_or("Website".to_string(), |l| capitalised(&l))),
            url: Some(url),
            ..Profile::default()
        })
        .collect();
    for (_, handle) in list(row.get("Twitter Handles")) {
        b.profiles.push(Profile {
            network: Some("Twitter".into()),
            username: Some(handle.trim_start_matches('@').to_string()),
            ..Profile::default()
        });
    }
}

/// Geo Location read as the text reader reads a place ("Lisbon, Portugal": city and
/// country), else kept whole as the city; Address and Zip Code as they are.
fn location(row: &Row) -> Option<Location> {
    let geo = row.get("Geo Location");
    let mut loc = match geo {
        "" => Location::default(),
        _ => place(geo).unwrap_or_else(|| Location {
            city: Some(geo.to_string()),
            ..Location::default()
        }),
    };
    if let Some(address) = row.opt("Address") {
        loc.address = Some(address);
    }
    if let Some(zip) = row.opt("Zip Code") {
        loc.postal_code = Some(zip);
    }
    (loc != Location::default()).then_some(loc)
}

fn email(table: &Table) -> Option<String> {
    let yes = |s: &str| s.eq_ignore_ascii_case("yes");
    let rows: Vec<Row> = table
        .rows()
        .filter(|r| !r.get("Email Address").is_empty())
        .collect();
    let pick = (rows.iter().find(|r| yes(r.get("Primary"))))
        .or_else(|| rows.iter().find(|r| yes(r.get("Confirmed"))))
        .or(rows.first())?;
    pick.opt("Email Address")
}

fn phone(table: &Table) -> Option<String> {
    let row = table.rows().find(|r| !r.get("Number").is_empty())?;
    Some(match row.get("Extension") {
        "" => row.get("Number").to_string(),
        ext => format!("{} ext. {ext}", row.get("Number")),
    })
}

fn work(row: &Row) -> Work {
    Work {
        name: row.opt("Company Name"),
        position: row.opt("Title"),
        summary: row.opt("Description"),
        location: row.opt("Location"),
        start_date: date(row.get("Started On")),
        end_date: date(row.get("Finished On")),
        ..Work::default()
    }
}

fn education(row: &Row) -> Education {
    let mut e = Education {
        institution: row.opt("School Name"),
        study_type: row.opt("Degree Name"),
        start_date: date(row.get("Start Date")),
        end_date: date(row.get("End Date")),
        ..Education::default()
    };
    keep(&mut e.extra, "notes", row.opt("Notes"));
    keep(&mut e.extra, "activities", row.opt("Activities"));
    e
}

fn certificate(row: &Row) -> Certificate {
    let mut c = Certificate {
        name: row.opt("Name"),
        url: row.opt("Url"),
        issuer: row.opt("Authority"),
        date: date(row.get("Started On")),
        ..Certificate::default()
    };
    keep(&mut c.extra, "endDate", date(row.get("Finished On")));
    keep(&mut c.extra, "licenseNumber", row.opt("License Number"));
    c
}

fn volunteer(row: &Row) -> Volunteer {
    let mut v = Volunteer {
        organization: row.opt("Company Name"),
        position: row.opt("Role"),
        summary: row.opt("Description"),
        start_date: date(row.get("Started On")),
        end_date: date(row.get("Finished On")),
        ..Volunteer::default()
    };
    keep(&mut v.extra, "cause", row.opt("Cause"));
    v
}

fn keep(extra: &mut crate::model::Extra, key: &str, value: Option<String>) {
    if let Some(v) = value {
        extra.insert(key.into(), Value::String(v));
    }
}
