//! A [`Draft`] written as a glossary file: the format `--glossary` loads, every entity with a
//! comment saying where it was seen, so the reader can check it before loading it.

use std::io::{self, Write};

use crate::glossary::draft::{Draft, one_line};

/// A TOML string literal (quoted and escaped as TOML requires).
fn quoted(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// How many outlets an entity comment names before "and N more".
const OUTLETS_SHOWN: usize = 6;

/// Write `draft` as a glossary file.
pub fn render_draft(draft: &Draft, w: &mut dyn Write) -> io::Result<()> {
    let plural = |n: usize, one: &str, many: &str| {
        if n == 1 {
            format!("{n} {one}")
        } else {
            format!("{n} {many}")
        }
    };
    writeln!(
        w,
        "# Draft glossary written by `parallax glossary draft` from {}: {} that no loaded",
        plural(draft.articles, "article", "articles"),
        plural(draft.entities.len(), "name", "names"),
    )?;
    writeln!(
        w,
        "# glossary knows and that {} or more articles use. Everything below is a guess to check:",
        draft.min_articles
    )?;
    for line in [
        "# - one entity per spelling key: merge entities that are one thing, split any that are not,",
        "#   delete what is no name;",
        "# - kind: `person` after a title or a known given name, `org` for an acronym, else `place`;",
        "# - each name is the shortest form its language's articles write (the matcher adds case",
        "#   endings itself): make it the base form;",
        "# - conventions are all \"neutral\": name the side or press that uses each form where it",
        "#   matters (az-official, hy, ru-media, intl-press …), and mark contested entities.",
        "# Then check it with `parallax glossary lint FILE` and load it with `--glossary FILE`.",
    ] {
        writeln!(w, "{line}")?;
    }
    if !draft.caseless.is_empty() {
        writeln!(
            w,
            "# Articles in {} (a script without capital letters) propose no names of their own;",
            draft.caseless.join(", ")
        )?;
        writeln!(
            w,
            "# their words are added where they spell a proposed name. Add their other names by hand."
        )?;
    }
    writeln!(w)?;
    writeln!(w, "[glossary]")?;
    writeln!(w, "id = \"draft\"")?;
    writeln!(
        w,
        "title = {}",
        quoted(&format!(
            "Draft: names from {}",
            plural(draft.articles, "article", "articles")
        ))
    )?;
    let langs: Vec<String> = draft.languages.iter().map(|l| quoted(l)).collect();
    writeln!(w, "languages = [{}]", langs.join(", "))?;
    for e in &draft.entities {
        writeln!(w)?;
        let mut outlets = e
            .outlets
            .iter()
            .take(OUTLETS_SHOWN)
            .map(|o| one_line(o, 40))
            .collect::<Vec<_>>()
            .join(", ");
        if e.outlets.len() > OUTLETS_SHOWN {
            outlets.push_str(&format!(" and {} more", e.outlets.len() - OUTLETS_SHOWN));
        }
        writeln!(
            w,
            "# {}, {}: {outlets}",
            plural(e.articles, "article", "articles"),
            plural(e.mentions, "mention", "mentions"),
        )?;
        let others: Vec<String> = e
            .names
            .iter()
            .flat_map(|n| {
                n.other_forms
                    .iter()
                    .map(move |f| format!("{f} ({})", n.lang))
            })
            .take(8)
            .collect();
        if !others.is_empty() {
            writeln!(w, "# also written: {}", one_line(&others.join(", "), 200))?;
        }
        writeln!(w, "# «{}»", e.example)?;
        if let Some((other, n)) = &e.same_as {
            writeln!(
                w,
                "# perhaps the same as `{other}`, named in its stead in sentences aligned as one fact ({}): if so, merge the two",
                plural(*n, "pair of articles", "pairs of articles")
            )?;
        }
        writeln!(w, "[[entity]]")?;
        writeln!(w, "id = {}", quoted(&e.id))?;
        writeln!(w, "kind = {}", quoted(e.kind))?;
        writeln!(w, "names = [")?;
        for n in &e.names {
            writeln!(
                w,
                "  {{ text = {}, lang = {}, script = {}, conventions = [\"neutral\"], status = \"common\", source = \"draft\" }},",
                quoted(&n.text),
                quoted(&n.lang),
                quoted(n.script),
            )?;
        }
        writeln!(w, "]")?;
    }
    Ok(())
}
