//! Fictional people as structured data (`vitae::model::Resume`).
//!
//! Each person is drawn from one occupation's vocabulary and given a plausible timeline:
//! jobs newest first (sometimes the current one, sometimes several roles at one
//! organisation), degrees, projects with and without dates, labelled or unlabelled
//! skills, awards, and contact details, any of which may be missing (even the name).
//! Dates are ISO prefixes (`2021-09`, or `2021` for a person who writes years only).
//! What a layout shows of this data is decided in `layouts`, not here.

use super::rng::Rng;
use super::words::*;
use vitae::model::{Award, Education, Language, Location, Profile, Project, Resume, Skill, Work};

/// "Now" for every generated timeline, fixed so the corpus never changes.
const NOW: i32 = 2025 * 12 + 5; // June 2025, in months since year 0

/// One fictional person's résumé.
pub fn person(seed: u64) -> Resume {
    let mut rng = Rng::new(seed);
    let family = rng.pick(FAMILIES);
    let mut r = Resume::default();
    let (given, family_name) = name(&mut rng);
    let handle = ascii_fold(&format!("{given}{family_name}")).to_lowercase();
    basics(
        &mut r,
        &mut rng.fork(1),
        family,
        &given,
        &family_name,
        &handle,
    );
    let months = rng.chance(0.8);
    r.work = work(&mut rng.fork(2), family, months);
    let first_job = r.work.last().and_then(|w| w.start_date.clone());
    r.education = education(&mut rng.fork(3), family, first_job.as_deref());
    r.projects = projects(&mut rng.fork(4), family, months, &handle);
    r.skills = skills(&mut rng.fork(5), family);
    r.awards = awards(&mut rng.fork(6), family);
    if rng.chance(0.3) {
        let k = rng.range(1, 3) as usize;
        r.languages = rng
            .sample(SPOKEN, k)
            .into_iter()
            .map(|(language, fluency)| Language {
                language: Some(language.into()),
                fluency: Some(fluency.into()),
                ..Default::default()
            })
            .collect();
    }
    if rng.chance(0.5) {
        r.basics.label = r.work.first().and_then(|w| w.position.clone());
    }
    if rng.chance(0.3) {
        let title = r
            .work
            .first()
            .and_then(|w| w.position.clone())
            .unwrap_or_default();
        r.basics.summary = Some(format!("{title} {}.", rng.pick(SUMMARY_OPENERS)));
    }
    r
}

fn name(rng: &mut Rng) -> (String, String) {
    let (givens, families) = rng.pick(NAME_CULTURES);
    let mut given = rng.pick(givens).to_string();
    if rng.chance(0.12) {
        let initial = (b'A' + rng.below(26) as u8) as char;
        given = format!("{given} {initial}.");
    }
    (given, rng.pick(families).to_string())
}

fn basics(r: &mut Resume, rng: &mut Rng, fam: &Family, given: &str, family: &str, handle: &str) {
    let b = &mut r.basics;
    if rng.chance(0.88) {
        b.name = Some(format!("{given} {family}"));
    }
    let first = ascii_fold(given.split(' ').next().unwrap_or(given)).to_lowercase();
    let last = ascii_fold(family).to_lowercase();
    if rng.chance(0.95) {
        let local = match rng.below(4) {
            0 => format!("{first}.{last}"),
            1 => format!("{}{last}", &first[..1]),
            2 => format!("{first}{}", rng.range(1, 99)),
            _ => format!("{first}_{last}"),
        };
        let domain = rng.pick(&[
            "example.com",
            "example.org",
            "mail.example.net",
            "example.edu",
        ]);
        b.email = Some(format!("{local}@{domain}"));
    }
    if rng.chance(0.8) {
        b.phone = Some(phone(rng));
    }
    if rng.chance(0.25) {
        b.url = Some(match rng.below(3) {
            0 => format!("https://{handle}.dev"),
            1 => format!("https://www.{handle}.me"),
            _ => format!("https://{handle}.github.io"),
        });
    }
    let techy = matches!(fam.key, "software" | "research" | "design");
    if rng.chance(if techy { 0.6 } else { 0.1 }) {
        b.profiles.push(Profile {
            network: Some("GitHub".into()),
            username: Some(handle.to_string()),
            url: Some(format!("https://github.com/{handle}")),
            ..Default::default()
        });
    }
    if rng.chance(0.5) {
        let h = format!("{first}-{last}-{}", rng.range(10, 99));
        b.profiles.push(Profile {
            network: Some("LinkedIn".into()),
            username: Some(h.clone()),
            url: Some(format!("https://www.linkedin.com/in/{h}")),
            ..Default::default()
        });
    }
    if rng.chance(0.7) {
        let (city, region) = rng.pick(CITIES);
        b.location = Some(Location {
            city: Some(city.to_string()),
            region: Some(region.to_string()),
            ..Default::default()
        });
    }
}

fn phone(rng: &mut Rng) -> String {
    let d = |rng: &mut Rng, n: usize| -> String {
        (0..n)
            .map(|_| char::from(b'0' + rng.below(10) as u8))
            .collect()
    };
    match rng.below(6) {
        0 => format!("+1 ({}) 555-{}", rng.range(201, 989), d(rng, 4)),
        1 => format!("{}-555-{}", rng.range(201, 989), d(rng, 4)),
        2 => format!("+44 20 7946 {}", d(rng, 4)),
        3 => format!("+49 30 {} {}", d(rng, 4), d(rng, 4)),
        4 => format!("+81 6-{}-{}", d(rng, 4), d(rng, 4)),
        _ => format!("+91 9{} {}", d(rng, 4), d(rng, 5)),
    }
}

/// An ISO date prefix for a month index (months since year 0).
pub fn iso(m: i32, months: bool) -> String {
    if months {
        format!("{:04}-{:02}", m / 12, m % 12 + 1)
    } else {
        format!("{:04}", m / 12)
    }
}

fn org_name(rng: &mut Rng, fam: &Family) -> String {
    let stem = rng.pick(fam.orgs);
    let suffix = if fam.suffixes {
        rng.one(ORG_SUFFIXES)
    } else {
        ""
    };
    if suffix.is_empty() {
        stem.to_string()
    } else {
        format!("{stem} {suffix}")
    }
}

fn location(rng: &mut Rng) -> String {
    if rng.chance(0.04) {
        return "Remote".into();
    }
    let (city, region) = rng.pick(CITIES);
    format!("{city}, {region}")
}

/// Between `lo` and `hi` of the family's tools (the bounds as `Rng::range` takes them).
fn tools(rng: &mut Rng, fam: &Family, lo: i64, hi: i64) -> Vec<String> {
    let k = rng.range(lo, hi) as usize;
    rng.sample(fam.tools, k)
        .iter()
        .map(|s| s.to_string())
        .collect()
}

pub fn highlight(rng: &mut Rng, fam: &Family) -> String {
    let mut s = format!("{} {}", rng.pick(fam.verbs), rng.pick(fam.objects));
    if rng.chance(0.3) {
        s.push_str(&format!(" using {}", rng.pick(fam.tools)));
    }
    if rng.chance(0.7) {
        s.push_str(&format!(", {}", rng.pick(fam.outcomes)));
    }
    if rng.chance(0.3) {
        // A long bullet: layouts that wrap lines will split this one.
        let verb = rng.pick(fam.verbs).to_lowercase();
        s.push_str(&format!(", and {verb} {}", rng.pick(fam.objects)));
    }
    if rng.chance(0.5) {
        s.push('.');
    }
    s
}

fn work(rng: &mut Rng, fam: &Family, months: bool) -> Vec<Work> {
    let n = 1 + rng.weighted(&[3, 4, 4, 3, 1]);
    let current = rng.chance(0.5);
    let mut cursor = NOW - if current { 0 } else { rng.range(1, 8) as i32 };
    let mut out: Vec<Work> = Vec::new();
    for i in 0..n {
        let end = cursor;
        let mut start = end - rng.range(6, 48) as i32;
        if !months && start / 12 == end / 12 {
            start -= 12; // a year-only range never starts and ends in the same year
        }
        let mut w = Work::default();
        let prev = out.last();
        if let (Some(p), true) = (prev, rng.chance(0.35)) {
            w.name = p.name.clone();
            w.location = p.location.clone();
            let others: Vec<_> = fam
                .titles
                .iter()
                .filter(|t| Some(**t) != p.position.as_deref())
                .collect();
            w.position = Some(rng.pick(&others).to_string());
        } else {
            w.name = Some(org_name(rng, fam));
            w.location = rng.chance(0.85).then(|| location(rng));
            w.position = Some(rng.pick(fam.titles).to_string());
        }
        w.start_date = Some(iso(start, months));
        w.end_date = (!(i == 0 && current)).then(|| iso(end, months));
        let k = rng.weighted(&[1, 3, 5, 5, 3, 1]);
        w.highlights = (0..k).map(|_| highlight(rng, fam)).collect();
        if rng.chance(0.6) {
            w.keywords = tools(rng, fam, 2, 5);
        }
        out.push(w);
        cursor = start - rng.range(0, 6) as i32;
        if !months && cursor / 12 == start / 12 {
            cursor = start; // the next (older) job ends where this one starts
        }
    }
    out
}

fn education(rng: &mut Rng, fam: &Family, first_job: Option<&str>) -> Vec<Education> {
    let levels: &[(&[&str], i32)] = match rng.weighted(&[5, 4, 1, 1]) {
        0 => &[(BACHELOR, 4)],
        1 => &[(MASTER, 2), (BACHELOR, 4)],
        2 => &[(DOCTORATE, 5), (MASTER, 2), (BACHELOR, 4)],
        _ => &[(DIPLOMA, 2)],
    };
    let job_year: i32 = first_job.and_then(|d| d[..4].parse().ok()).unwrap_or(2020);
    let in_progress = rng.chance(0.12);
    let mut end_year = if in_progress {
        2026
    } else {
        job_year - rng.range(0, 1) as i32
    };
    let months = rng.chance(0.6);
    let dated = rng.weighted(&[65, 25, 10]); // 0: start and end, 1: end only, 2: none
    let schools = rng.sample(UNIVERSITIES, levels.len());
    let mut out = Vec::new();
    for ((types, years), school) in levels.iter().zip(schools) {
        let mut e = Education {
            institution: Some(school.to_string()),
            study_type: Some(rng.pick(types).to_string()),
            area: Some(rng.pick(fam.areas).to_string()),
            ..Default::default()
        };
        let end = end_year * 12 + if rng.chance(0.7) { 4 } else { 11 };
        let start = (end_year - years) * 12 + 8;
        if dated < 2 {
            e.end_date = Some(iso(end, months));
        }
        if dated == 0 {
            e.start_date = Some(iso(start, months));
        }
        if rng.chance(0.45) {
            e.score = Some(match rng.below(4) {
                0 | 1 => format!("3.{}/4.0", rng.range(0, 9)),
                2 => format!("3.{:02}", rng.range(10, 99)),
                _ => format!("{}.{}/10", rng.range(7, 9), rng.range(0, 9)),
            });
        }
        let (city, region) = rng.pick(CITIES);
        e.extra
            .insert("location".into(), format!("{city}, {region}").into());
        out.push(e);
        end_year -= years + if rng.chance(0.3) { 1 } else { 0 };
    }
    out
}

fn projects(rng: &mut Rng, fam: &Family, months: bool, handle: &str) -> Vec<Project> {
    let n = rng.weighted(&[3, 3, 3, 2]);
    let names = rng.sample(fam.projects, n);
    names
        .into_iter()
        .map(|name| {
            let mut p = Project {
                name: Some(name.to_string()),
                ..Default::default()
            };
            let end = NOW - rng.range(2, 60) as i32;
            match rng.weighted(&[40, 25, 35]) {
                0 => {
                    let start = end - rng.range(2, 14) as i32;
                    let (mut s, e) = (iso(start, months), iso(end, months));
                    if s == e {
                        s = iso(start - 12, months);
                    }
                    p.start_date = Some(s);
                    p.end_date = Some(e);
                }
                1 => {
                    p.start_date = Some(iso(end, months));
                    p.end_date = p.start_date.clone();
                }
                _ => {}
            }
            let k = rng.weighted(&[2, 3, 4, 2]);
            p.highlights = (0..k).map(|_| highlight(rng, fam)).collect();
            if rng.chance(0.5) {
                p.keywords = tools(rng, fam, 1, 3);
            }
            if rng.chance(0.3) {
                p.url = Some(format!("https://github.com/{handle}/{}", slug(name)));
            }
            if rng.chance(0.3) {
                p.description = Some(format!("A small {} project built in spare time.", fam.key));
            }
            p
        })
        .collect()
}

fn skills(rng: &mut Rng, fam: &Family) -> Vec<Skill> {
    if rng.chance(0.7) {
        let k = rng.range(1, fam.skill_groups.len().min(3) as i64) as usize;
        rng.sample(fam.skill_groups, k)
            .into_iter()
            .map(|(label, words)| Skill {
                name: Some(label.to_string()),
                keywords: {
                    let k = rng.range(2, 6) as usize;
                    rng.sample(words, k)
                }
                .iter()
                .map(|s| s.to_string())
                .collect(),
                ..Default::default()
            })
            .collect()
    } else {
        let all: Vec<&str> = fam
            .skill_groups
            .iter()
            .flat_map(|(_, w)| w.iter().copied())
            .collect();
        let mut kw: Vec<String> = Vec::new();
        for w in {
            let k = rng.range(4, 8) as usize;
            rng.sample(&all, k)
        } {
            if !kw.iter().any(|k| k == w) {
                kw.push(w.to_string());
            }
        }
        vec![Skill {
            name: Some("Skills".into()),
            keywords: kw,
            ..Default::default()
        }]
    }
}

fn awards(rng: &mut Rng, fam: &Family) -> Vec<Award> {
    let n = rng.weighted(&[4, 3, 2, 1]);
    rng.sample(fam.awards, n)
        .into_iter()
        .map(|title| {
            let m = NOW - rng.range(6, 120) as i32;
            Award {
                title: Some(title.to_string()),
                date: rng.chance(0.9).then(|| iso(m, rng.chance(0.3))),
                awarder: rng.chance(0.4).then(|| rng.pick(AWARDERS).to_string()),
                ..Default::default()
            }
        })
        .collect()
}

/// The ASCII letters and digits of `s`, accents dropped (for handles and e-mail).
pub fn ascii_fold(s: &str) -> String {
    s.chars()
        .filter_map(|c| {
            let base = match c {
                'á' | 'à' | 'ä' | 'â' | 'ã' => 'a',
                'é' | 'è' | 'ë' | 'ê' => 'e',
                'í' | 'ì' | 'ï' | 'î' | 'ı' => 'i',
                'ó' | 'ò' | 'ö' | 'ô' | 'õ' => 'o',
                'ú' | 'ù' | 'ü' | 'û' => 'u',
                'ñ' | 'ń' => 'n',
                'ś' | 'ş' | 'š' => 's',
                'ç' | 'č' | 'ć' => 'c',
                'ř' => 'r',
                'ž' | 'ź' | 'ż' => 'z',
                'ł' => 'l',
                c if c.is_ascii_alphanumeric() => c,
                _ => return None,
            };
            Some(base)
        })
        .collect()
}

fn slug(s: &str) -> String {
    s.split_whitespace()
        .map(|w| ascii_fold(w).to_lowercase())
        .collect::<Vec<_>>()
        .join("-")
}
