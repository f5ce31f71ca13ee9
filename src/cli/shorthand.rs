//! The AWS CLI's shorthand syntax: `Key=Value,Other=[a,b],Nested={K=V}`.
//!
//! Parsed into a small tree first, then shaped by the API model (numbers,
//! booleans, lists) in `args.rs`.

/// A parsed shorthand value.
#[derive(Debug, Clone, PartialEq)]
pub enum Sh {
    Str(String),
    List(Vec<Sh>),
    Dict(Vec<(String, Sh)>),
}

/// Parses a whole shorthand expression: either `k=v,...` (a dict) or a bare value.
pub fn parse(s: &str) -> Result<Sh, String> {
    let mut p = Parser {
        s: s.chars().collect(),
        i: 0,
    };
    let v = if p.looks_like_dict() {
        p.dict_body(None)?
    } else {
        p.value(&[])?
    };
    if p.i != p.s.len() {
        return Err(format!(
            "Error parsing parameter: Expected end of input at column {}: {s}",
            p.i + 1
        ));
    }
    Ok(v)
}

struct Parser {
    s: Vec<char>,
    i: usize,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.s.get(self.i).copied()
    }

    /// A dict starts with a key (no quotes, brackets) followed by `=`.
    fn looks_like_dict(&self) -> bool {
        let mut j = self.i;
        while let Some(&c) = self.s.get(j) {
            match c {
                '=' => return j > self.i,
                ',' | '[' | ']' | '{' | '}' | '"' | '\'' => return false,
                _ => j += 1,
            }
        }
        false
    }

    fn key(&mut self) -> Result<String, String> {
        let start = self.i;
        while let Some(c) = self.peek() {
            if c == '=' {
                break;
            }
            if matches!(c, ',' | '[' | ']' | '{' | '}') {
                return Err(format!(
                    "Error parsing parameter: Expected '=' after key at column {}",
                    self.i + 1
                ));
            }
            self.i += 1;
        }
        if self.peek() != Some('=') {
            return Err("Error parsing parameter: Expected '=' after key".into());
        }
        let k: String = self.s[start..self.i].iter().collect();
        self.i += 1;
        Ok(k.trim().to_string())
    }

    fn dict_body(&mut self, close: Option<char>) -> Result<Sh, String> {
        let mut items = vec![];
        loop {
            if close.is_some() && self.peek() == close {
                break;
            }
            let k = self.key()?;
            let stops: &[char] = if close.is_some() { &[',', '}'] } else { &[','] };
            let v = self.value(stops)?;
            items.push((k, v));
            match self.peek() {
                Some(',') => {
                    self.i += 1;
                }
                None => break,
                c if c == close => break,
                Some(c) => {
                    return Err(format!(
                        "Error parsing parameter: unexpected '{c}' at column {}",
                        self.i + 1
                    ))
                }
            }
        }
        Ok(Sh::Dict(items))
    }

    fn value(&mut self, stops: &[char]) -> Result<Sh, String> {
        match self.peek() {
            Some('[') => {
                self.i += 1;
                let mut items = vec![];
                while self.peek() != Some(']') {
                    if self.peek().is_none() {
                        return Err("Error parsing parameter: missing ']'".into());
                    }
                    items.push(self.value(&[',', ']'])?);
                    if self.peek() == Some(',') {
                        self.i += 1;
                    }
                }
                self.i += 1;
                Ok(Sh::List(items))
            }
            Some('{') => {
                self.i += 1;
                let d = self.dict_body(Some('}'))?;
                if self.peek() != Some('}') {
                    return Err("Error parsing parameter: missing '}'".into());
                }
                self.i += 1;
                Ok(d)
            }
            Some(q @ ('"' | '\'')) => {
                self.i += 1;
                let mut out = String::new();
                loop {
                    match self.peek() {
                        None => return Err("Error parsing parameter: unterminated quote".into()),
                        Some('\\') if self.s.get(self.i + 1) == Some(&q) => {
                            out.push(q);
                            self.i += 2;
                        }
                        Some(c) if c == q => {
                            self.i += 1;
                            break;
                        }
                        Some(c) => {
                            out.push(c);
                            self.i += 1;
                        }
                    }
                }
                Ok(Sh::Str(out))
            }
            _ => {
                let mut out = String::new();
                while let Some(c) = self.peek() {
                    if stops.contains(&c) {
                        break;
                    }
                    if c == '\\' {
                        if let Some(&n) = self.s.get(self.i + 1) {
                            out.push(n);
                            self.i += 2;
                            continue;
                        }
                    }
                    out.push(c);
                    self.i += 1;
                }
                Ok(Sh::Str(out.trim().to_string()))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Sh {
        Sh::Str(v.into())
    }

    #[test]
    fn dicts_lists_and_nesting() {
        assert_eq!(
            parse("Id=1,MessageBody=hello there").unwrap(),
            Sh::Dict(vec![
                ("Id".into(), s("1")),
                ("MessageBody".into(), s("hello there"))
            ])
        );
        assert_eq!(
            parse("Name={DataType=String,StringValue=x},L=[a,b]").unwrap(),
            Sh::Dict(vec![
                (
                    "Name".into(),
                    Sh::Dict(vec![
                        ("DataType".into(), s("String")),
                        ("StringValue".into(), s("x"))
                    ])
                ),
                ("L".into(), Sh::List(vec![s("a"), s("b")])),
            ])
        );
        assert_eq!(
            parse("k='a,b'").unwrap(),
            Sh::Dict(vec![("k".into(), s("a,b"))])
        );
        assert_eq!(parse("plain").unwrap(), s("plain"));
        assert!(parse("k={a=1").is_err());
        assert!(parse("k=[a").is_err());
    }
}
