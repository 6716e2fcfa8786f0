"""French stop words: capitalised words that open sentences or titles and never name a
place in running text ("Mars", "Place"), written without accents (they are folded).

Read by the GeoNames place fallback (crisis_timeline/geonames_fallback.py), which takes the
union of every language's set, and by the outlets' vocabulary.
"""

from __future__ import annotations

STOP_WORDS: frozenset[str] = frozenset(
    """
    le la les l un une des du de d au aux en dans sur sous par pour avec sans chez vers
    entre apres avant depuis pendant et ou mais donc car ni que qui quoi dont ce cet
    cette ces il elle ils elles on nous vous je tu son sa ses leur leurs notre nos
    votre vos mon ma mes selon ainsi alors aussi encore deja toujours jamais plus moins
    tres tout tous toute toutes autre autres meme quand comme lorsque puis enfin
    aujourd hier demain lundi mardi mercredi jeudi vendredi samedi dimanche
    janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
    m mme mlle monsieur madame president presidente ministre ministres premier premiere
    chancelier chanceliere secretaire porte parole general commissaire chef cheffe roi
    reine pape ambassadeur envoye depute senateur maire gouverneur colonel capitaine
    police armee gouvernement parlement ministere etat etats republique union conseil
    comite commission agence bureau cour ambassade frontiere garde gardes troupes forces
    europeen europeenne occidental oriental ouest est nord sud centre
    national nationale international internationale federal mondial monde
    lire voir partager abonner telecharger publicite page rejoindre merci commentaire
    noel paques ramadan covid droits homme croix rouge nouveau nouvelle grand grande
    petit petite ville village aeroport camp foret fleuve mer lac ile pont rue place
    palais gare hopital eglise mosquee
    """.split()
)
