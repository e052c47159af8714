# synth.awk: a synthetic French screenplay of MB megabytes (bench/script-breakdown.sh)
BEGIN {
	split("BOULANGERIE - FOURNIL|DÉPÔT DE BUS DE LA RATP|APPARTEMENT DE MATHILDE - CUISINE|APPARTEMENT DE MATHILDE - CHAMBRE|RUE DES ENVIERGES|BUS 96 - INTÉRIEUR|CAFÉ LE BALTO|PALIER DE L'IMMEUBLE|MÉTRO BELLEVILLE|PLACE DE LA RÉPUBLIQUE|TOIT DE L'IMMEUBLE|COMMISSARIAT", sets, "|")
	split("JOUR|NUIT|AUBE|SOIR|MATIN|CONTINU", times, "|")
	split("INT.|EXT.|INT.|INT./EXT.|EXT.|INT.", ies, "|")
	target = MB * 1048576; size = 0; n = 0
	srand(42)
	while (size < target) {
		n++
		s = sprintf("%s %s - %s #%d#\n\n", ies[n % 6 + 1], sets[n % 12 + 1], times[n % 6 + 1], n)
		s = s "Le fournil est plongé dans une lumière orange. MATHILDE (32 ans), tablier couvert de farine, sort une plaque de croissants du four et la pose sur le chariot. La radio grésille doucement sur l'étagère. [[accessoires: plaque de croissants, chariot; son: radio]]\n\n"
		s = s "Elle jette un coup d'œil à l'horloge : quatre heures douze. Dehors, un bus de nuit passe sans s'arrêter, ses vitres éclairées glissent sur la vitrine.\n\n"
		s = s "MATHILDE\n(à elle-même)\nEncore une heure et on ouvre. Encore une heure et je dors.\n\n"
		s = s "YANN (O.S.)\nTu parles toute seule maintenant ?\n\n"
		s = s "Mathilde sursaute, se retourne. YANN se tient dans l'encadrement de la porte, son uniforme de chauffeur sur le dos, une thermos à la main.\n\n"
		s = s "MATHILDE\nTu m'as fait peur. Qu'est-ce que tu fais là à cette heure-ci ?\n\n"
		s = s "YANN\nLe dépôt est fermé, c'est la grève. Je me suis dit que tu aurais peut-être besoin d'aide pour les livraisons.\n\n"
		s = s "MATHILDE ^\nTu ne sais même pas plier une boîte à gâteaux.\n\n"
		s = s "Il pose la thermos sur le plan de travail, retrousse ses manches. LA VOISINE frappe à la vitrine, un cabas sous le bras. HUIT VOYAGEURS attendent derrière elle sous l'abribus. [[figurants: 8 voyageurs; silhouettes: la livreuse]]\n\n"
		s = s "LA VOISINE\n(à travers la vitre)\nVous êtes ouverts ? J'ai besoin de deux baguettes, mon petit-fils arrive par le premier train.\n\n"
		s = s "Mathilde soupire, attrape deux baguettes et va ouvrir.\n\n"
		s = s "CUT TO:\n\n"
		printf "%s", s
		size += length(s)
	}
}
