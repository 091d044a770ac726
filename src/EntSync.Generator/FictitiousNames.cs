namespace EntSync.Generator;

/// <summary>
/// Name pools for fictitious people. They deliberately hold what real exports hold and naive readers break on:
/// accents, 'œ' (absent from Latin-1), hyphens, apostrophes and particles.
/// </summary>
internal static class FictitiousNames
{
    public static readonly string[] Noms =
    [
        "MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT", "DURAND", "LEROY", "MOREAU", "SIMON",
        "LAURENT", "LEFÈVRE", "MICHEL", "GARCIA", "DAVID", "BERTRAND", "ROUX", "VINCENT", "FOURNIER", "MOREL", "GIRARD",
        "ANDRÉ", "MERCIER", "DUPONT", "LAMBERT", "BONNET", "FRANÇOIS", "MARTINEZ", "LEGRAND", "GARNIER", "FAURE",
        "ROUSSEAU", "BLANC", "GUÉRIN", "MULLER", "HENRY", "ROUSSEL", "NICOLAS", "PERRIN", "MORIN", "MATHIEU", "CLÉMENT",
        "GAUTHIER", "DUMONT", "LOPEZ", "FONTAINE", "CHEVALIER", "ROBIN", "MASSON", "SANCHEZ", "BOYER", "DENIS", "LEMAIRE",
        "DUVAL", "JOLY", "GAUTIER", "ROGER", "ROCHE", "ROY", "NOËL", "MEYER", "LUCAS", "MEUNIER", "JEAN", "PÉREZ",
        "MARCHAND", "DUFOUR", "BLANCHARD", "MARIE", "BARBIER", "BRUN", "DUMAS", "BRUNET", "SCHMITT", "LEROUX", "COLIN",
        "FERNANDEZ", "PIERRE", "RENARD", "ARNAUD", "ROLLAND", "CARON", "AUBERT", "GIRAUD", "LECLERC", "VIDAL", "BOURGEOIS",
        "RENAUD", "LEMOINE", "PICARD", "GAILLARD", "PHILIPPE", "LECLERCQ", "LACROIX", "FABRE", "DUPUIS", "OLIVIER",
        "RODRIGUEZ", "DA SILVA", "HUBERT", "LOUIS", "CHARLES", "GUILLOT", "RIVIÈRE", "LE GALL", "GUILLAUME", "ADAM",
        "D'ALMEIDA", "N'DIAYE", "BŒUF", "CŒURDEROY", "LE BŒUF-MARTIN", "DE LA FONTAINE", "SAINT-ÉLOI", "ÉTIENNE",
    ];

    public static readonly string[] PrenomsFilles =
    [
        "Emma", "Jade", "Louise", "Alice", "Chloé", "Lina", "Léa", "Rose", "Anna", "Mia", "Inès", "Ambre", "Julia",
        "Léna", "Zoé", "Manon", "Agathe", "Juliette", "Lou", "Camille", "Éloïse", "Maëlys", "Clémence", "Héloïse",
        "Noémie", "Anaïs", "Lætitia", "Chloë", "Anne-Sophie", "Marie-Hélène", "Zoë", "Cœline",
    ];

    public static readonly string[] PrenomsGarcons =
    [
        "Gabriel", "Léo", "Raphaël", "Arthur", "Louis", "Lucas", "Adam", "Jules", "Hugo", "Maël", "Liam", "Noah", "Paul",
        "Ethan", "Tiago", "Sacha", "Gabin", "Nathan", "Mohamed", "Aaron", "Tom", "Éden", "Théo", "Noé", "Mathéo",
        "Benoît", "Jean-Baptiste", "François", "Loïc", "Joël", "Anaël", "Gaëtan",
    ];

    public static readonly string[] Communes =
    [
        "ROUEN|76000|76540", "LE HAVRE|76600|76351", "DIEPPE|76200|76217", "ÉVREUX|27000|27229", "CAEN|14000|14118",
        "SAINT-ÉTIENNE-DU-ROUVRAY|76800|76575", "BOIS-GUILLAUME|76230|76108", "L'AIGLE|61300|61214",
    ];

    public static readonly string[] Rues =
    [
        "rue Victor Hugo", "avenue de la République", "rue des Écoles", "chemin des Œillets", "place de l'Église",
        "rue Jean Jaurès", "boulevard Pasteur", "impasse des Tilleuls", "rue du Général de Gaulle", "allée des Cèdres",
    ];
}
