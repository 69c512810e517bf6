#!/usr/bin/env python3
"""Deterministic, seeded generator of realistic teamfit portfolios.

Usage: bench/generate.py COUNT OUT [--seed N] [--format jsonl|yaml] [--members N] [--people N]

Writes COUNT projects, each with N members (default 8) drawn from a pool of people shared across
projects (default COUNT // 4 people, so some are booked on several projects), as a JSON Lines
file (OUT is a file) or a folder of YAML files (OUT is a folder). The same seed gives the same bytes.
"""
import argparse
import json
import os
import random

KINDS = ["classification", "regression", "forecasting", "recommendation", "nlp", "computer-vision",
         "generative", "anomaly-detection", "optimization", "analytics"]
ROLES = ["data-analyst", "domain-expert", "business-analyst", "data-engineer", "mlops-engineer",
         "ml-engineer", "ml-researcher", "data-scientist", "ml-project-manager"]
SKILLS = {
    "data-scientist": ["statistics", "scikit-learn", "python", "sql", "data-analysis", "model-development",
                       "feature-engineering", "pytorch"],
    "ml-engineer": ["python", "git", "machine-learning", "serving", "rest", "performance-tuning", "docker",
                    "tensorflow"],
    "mlops-engineer": ["aws", "ci-cd", "terraform", "prometheus", "automation", "security"],
    "data-engineer": ["airflow", "etl", "postgresql", "data-lakes", "spark", "sql", "compliance"],
    "data-analyst": ["sql", "data-analysis", "tableau", "communication"],
    "domain-expert": ["domain-knowledge", "communication", "compliance"],
    "business-analyst": ["requirements-analysis", "communication", "domain-knowledge"],
    "ml-researcher": ["reinforcement-learning", "linear-algebra", "experimental-design", "prototyping", "python"],
    "ml-project-manager": ["scrum", "communication", "leadership", "market-analysis"],
}
LEVELS = ["advanced-beginner", "competent", "competent", "proficient", "proficient", "expert"]
FIRST = ["Ana", "Bo", "Carla", "Dev", "Eva", "Femi", "Gus", "Hana", "Ivan", "Jade", "Kofi", "Lea", "Mateo",
         "Noor", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tara", "Uma", "Vik", "Wen", "Xavi", "Yuki", "Zoe"]
LAST = ["Ruiz", "Chen", "Diaz", "Patel", "Lind", "Adeyemi", "Oliveira", "Sato", "Petrov", "Moreau", "Mensah",
        "Schmidt", "Silva", "Aziz", "Haddad", "Nair", "Byrne", "Jimenez", "Okoro", "Singh", "Kim", "Rossi"]


def person(rng, index):
    role = rng.choice(ROLES)
    skills = {s: rng.choice(LEVELS) for s in rng.sample(SKILLS[role], k=min(len(SKILLS[role]), rng.randint(3, 7)))}
    name = "%s %s %d" % (rng.choice(FIRST), rng.choice(LAST), index)
    return {"name": name, "roles": [role], "skills": skills}


def project(rng, index, pool, members):
    kind = rng.choice(KINDS)
    mode = "none" if kind == "analytics" else rng.choice(["none", "batch", "batch", "online", "streaming", "edge"])
    p = {
        "id": "project-%06d" % index,
        "name": "Generated project %d" % index,
        "domain": rng.choice(["finance", "healthcare", "retail", "energy", "telecom", "logistics"]),
        "regulated": rng.random() < 0.3,
        "criticality": rng.choice(["low", "medium", "medium", "high", "mission-critical"]),
        "duration-months": rng.randint(2, 24),
        "stakeholders": rng.randint(0, 6),
        "customer-facing": rng.random() < 0.4,
        "problem": {"kind": kind, "novelty": rng.choice(["established", "established", "adapted", "novel"])},
        "data": {"volume": rng.choice(["small", "medium", "large", "massive"]), "sources": rng.randint(1, 8),
                 "streaming": rng.random() < 0.2, "quality": rng.choice(["poor", "fair", "good"]),
                 "personal-data": rng.random() < 0.4},
        "deployment": {"mode": mode},
        "reporting": {"dashboards": rng.random() < 0.3, "insights": rng.random() < 0.3},
    }
    if kind != "analytics":
        p["problem"]["approach"] = rng.choice(["classical", "deep-learning", "foundation-model"])
    if mode != "none":
        d = p["deployment"]
        d["retraining"] = rng.choice(["none", "manual", "scheduled", "continuous"])
        d["models"] = rng.randint(1, 6)
        d["infrastructure"] = rng.choice(["cloud", "on-prem", "hybrid"])
        if mode in ("online", "streaming", "edge"):
            d["latency-ms"] = rng.choice([10, 50, 100, 250, 1000])
    team = []
    for member in rng.sample(pool, k=members):
        m = dict(member)
        m["allocation"] = rng.choice([0.2, 0.25, 0.5, 0.5, 1.0])
        team.append(m)
    p["team"] = team
    return p


def to_yaml(value, indent=0):
    pad = "  " * indent
    lines = []
    if isinstance(value, dict):
        for k, v in value.items():
            if isinstance(v, (dict, list)) and v:
                lines.append("%s%s:" % (pad, k))
                lines.append(to_yaml(v, indent + 1))
            else:
                lines.append("%s%s: %s" % (pad, k, json.dumps(v)))
    else:
        for item in value:
            if isinstance(item, (dict, list)):
                body = to_yaml(item, indent + 1).lstrip()
            else:
                body = json.dumps(item)
            lines.append("%s- %s" % (pad, body))
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--format", choices=["jsonl", "yaml"], default="jsonl")
    parser.add_argument("--members", type=int, default=8)
    parser.add_argument("--people", type=int, default=None)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    pool = [person(rng, i) for i in range(max(args.members, args.people or args.count // 4))]
    if args.format == "jsonl":
        with open(args.out, "w", encoding="utf-8") as out:
            for i in range(args.count):
                out.write(json.dumps(project(rng, i, pool, args.members), separators=(",", ":")) + "\n")
    else:
        os.makedirs(args.out, exist_ok=True)
        for i in range(args.count):
            p = project(rng, i, pool, args.members)
            with open(os.path.join(args.out, p["id"] + ".yaml"), "w", encoding="utf-8") as out:
                out.write(to_yaml(p) + "\n")


if __name__ == "__main__":
    main()
