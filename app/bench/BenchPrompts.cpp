#include "BenchPrompts.h"

QList<BenchPrompt> BenchPrompts::builtIn()
{
    return {
        {QStringLiteral("short"), tr("Short question"),
         QStringLiteral("What is the capital of Australia? Answer in one sentence.")},
        {QStringLiteral("code"), tr("Code task"),
         QStringLiteral("Write a Python function that returns the n-th Fibonacci number "
                        "iteratively, with a docstring and two doctest examples.")},
        {QStringLiteral("summary-fr"), tr("Summary of a French paragraph"),
         QStringLiteral(
             "Résume ce paragraphe en trois phrases :\n\n"
             "Les grands modèles de langage peuvent aujourd'hui fonctionner entièrement sur un "
             "ordinateur personnel. Des outils comme Ollama, LM Studio ou llama.cpp chargent un "
             "modèle quantifié en mémoire et l'exposent par une API HTTP locale, compatible "
             "avec celle d'OpenAI. Les données ne quittent pas la machine, ce qui rassure les "
             "entreprises soumises au RGPD, et le coût ne dépend plus du nombre de requêtes. "
             "En contrepartie, la vitesse de génération dépend directement de la mémoire "
             "disponible et de sa bande passante : une carte graphique récente ou une puce à "
             "mémoire unifiée produit plusieurs dizaines de jetons par seconde, alors qu'un "
             "processeur seul dépasse rarement quelques jetons par seconde pour un modèle de "
             "sept milliards de paramètres.")},
    };
}

BenchPrompt BenchPrompts::custom(const QString &text, const QList<BenchPrompt> &existing)
{
    int n = 1;
    const auto taken = [&existing](const QString &id) {
        return std::any_of(existing.cbegin(), existing.cend(),
                           [&id](const BenchPrompt &p) { return p.id == id; });
    };
    while (taken(QStringLiteral("user-%1").arg(n)))
        ++n;
    QString name = text.simplified();
    if (name.size() > 40)
        name = name.left(39) + QStringLiteral("…");
    return {QStringLiteral("user-%1").arg(n), name, text};
}
