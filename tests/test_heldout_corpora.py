"""Corpora written by editors who never saw the code, each with its planted contradictions,
its traps and the readings the rules must make (``fixtures/<corpus>.expected.yaml``):

- ``corpus_holdout``: an airline takeover and fleet order, a gold miner's acquisition and
  output, retail results, an EV maker's deliveries and founding, a pharma settlement, a
  telecom auction, speed index and rugby rights, a skyscraper, a shipping line;
- ``corpus_holdout2``: a food-delivery app's Series D, a games studio takeover, a hotel
  takeover in both voices, a steelmaker's and an insurer's results (headings with tickers,
  descriptions that refer back), a bank's fine, a cricket auction in rupees, a university
  ranking named by its edition;
- ``corpus_holdout3`` (scored once, unseen, before anything was tuned on it): a supermarket
  merger, a payments app's Series C, an oil major's quarter, a studio's streaming licence
  named in either order, a rocket launcher's founding, a battery league table by quarterly
  edition, a cosmetics takeover in both voices, a ride-hailing fine;
- ``corpus_holdout4`` (scored once, unseen, before anything was tuned on it): a brewery
  takeover in both voices, a startup's Series B and a rival's, a licensing deal named in
  either order, a car-rental group's and a copper miner's year, a fine after a description
  of the fined ("fined meal-kit company X"), a pharmacy chain's founding, a toy maker on a
  board named with a number ("the Playthings Global 50");
- ``corpus_holdout5`` (scored once, unseen: none of 8 found): longer wire, feature and
  newsletter prose on sports business and entertainment (wire datelines, a transfer fee
  from the seller's side, a stake bought on two dates, paid and paying subscribers, annual
  results posted "on Tuesday", a launch year in an aside);
- ``corpus_holdout7`` (scored once, unseen, before anything was tuned on it): a hospital
  group's purchase of a clinic chain, a drug's quarter and an opioid settlement, a
  heart-monitor startup's Series C, a grocer's year, an office tower's sale, a chipmaker on
  a league table, a software IPO's first day, in wire, feature, trade and newsletter styles;
- ``corpus_holdout6`` (scored once, unseen: none of 8 found): infrastructure, energy,
  agriculture and transport prose (a quarter named by its last day, a profit that "beat
  forecasts", a fine dated by its offence, a brand its document shortened, an enterprise
  value in a takeover, a founding "set up in" an appositive, a wind farm's capacity and cost
  written on "the project");
- ``corpus_holdout8`` (scored once, unseen: 1 of 8 found): a bank takeover, an asset
  manager's quarter, an airline order and an airport's place on an index, a publisher's
  subscribers and a newspaper's sale, a brewer's volumes, a startup's round and founding
  ("Founded in 2016 by A and B, ..., X"), a recall penalty, with "--" datelines and a
  count a company "ended June with";
- ``corpus_holdout9`` (scored once, unseen: 3 of 8 found): freight, shipping, housing,
  cement, edtech, business-school, hotel and gold-mining prose (a description opening a
  sentence after a dateline, a possessive description before the name it describes, a
  "Name in Place, which ranks" clause, homes "handed over", a sum set aside for a fine,
  a founding in an opening participle and in "the 1991-founded" description, a fine
  "has been fined" under a dateline);
- ``corpus_holdout10`` (scored once, unseen: 2 of 8 found): telecom, games, food-delivery,
  dairy, local-government, water and streaming prose (a definite description naming a kind
  of organisation, "the co-op", "the arthouse streamer", "Founded in 2014, the company",
  after a sentence that names a founder; "Nobody" opening a sentence; a brand ranking "this
  year's" and "annual ... published in October"; a count at a quarter's end);
- ``corpus_holdout11`` (scored once, unseen: 3 of 8 found, 1 false alarm): consumer goods,
  shipping, insurance, football and games prose (figures written once for a passage: a
  sentence naming nobody in an article about one company, "Net sales rose" after "its
  second-quarter results", "in the quarter"; TEU spelt out; a fee "for an initial £16m" and
  "paid Y £12.5m up front for X"; a penalty "imposed ... on Tuesday").
- ``corpus_holdout12`` (scored once, unseen: 2 of 8 found, 1 false alarm): AI-lab funding,
  a cloud group's investment and dedicated capacity, a model leaderboard, a chipmaker's
  quarter and takeover, a spectrum auction and a launch contract ("The deal values X" after
  an investment, "paid €X for its 120MHz block", "employs N people" against "has N
  employees", "When X last went to investors");
- ``corpus_holdout13`` (scored unseen: 0 of 8 found, 1 false alarm, before and after the
  rounds on 11 and 12): a retail takeover, a drug licensing deal, an airline's traffic and
  jet order, a rugby club's sale and a university league table ("its 2021 listing price of
  $17", "trades from 241 shops" against "runs 214 stores", "flew 16.9 million travellers",
  "Founded in 2006 by former guide A, B runs ...");
- ``corpus_holdout14`` (scored unseen: 4 of 8 found; 5 of 8 after the rounds on 11 and 12):
  a copper miner's takeover, a bank's results and fine, a fintech's valuation, a box-office
  chart, a carmaker's deliveries and new plant, offshore wind ("Since its founding in Leeds
  in 1851, the bank", a plant's start of series production "at X" and "its new factory in
  X");
- ``corpus_holdout15`` (scored unseen: 1 of 8 found, 1 false alarm, fixed by reading a kind
  of fee as its own figure): a broadcaster takeover,
  a streaming service's subscribers, a satellite capacity lease, a cricket franchise's index
  rank and player auction, a biotech Series B written with its dollar conversion, a
  restaurant chain's quarter and founding ("values the station group's equity at", "its X
  streaming service had", "X, who went to Y for", "Founded in P in Y by A, the chain").
- ``corpus_holdout16`` (scored unseen: 2 of 8 found, 2 false alarms, fixed by the
  rule for "X's rival Y"): an airport's traffic and terminal
  budget, a cargo airline's takeover, a drone-delivery startup's round and deliveries, a
  chemicals group's annual results and new plant, a tennis sponsorship, an MBA ranking
  ("The new terminal will cost", "a plant with annual capacity of", "In the 2025 edition of
  the X table, Y comes in at seventh").
- ``corpus_holdout17`` (scored unseen: 0 of 8 found): a chip designer's takeover, a foundry's
  wafer output, a hotel chain's takeover, a football club's sale and a player's transfer, a
  grocer's market share, a phone brand's shipments rank ("is paying €820m (about £685m)
  including debt for the 74-property X estate", "the forward Y brought in from Z for €72m",
  "pushed its share of the grocery market to 16.8%", "agreed to buy the club in a deal
  worth").
- ``corpus_holdout18`` (scored unseen: 3 of 8 found): a hospital merger, a heart-failure
  drug's year, a heart-monitor maker's Series C, a data-breach fine, a container line's
  volumes, a cinema chain's founding, an esports prize and a university ranking ("Over the
  whole of 2024 the carrier handled", "moved 3.9 million twenty-foot equivalent units in
  total last year").
- ``corpus_holdout19`` (scored unseen: 0 of 8 found, 3 false alarms, all fixed since by
  general rules): a utility's takeover of a rival and its offshore wind farm's capacity, a
  lithium miner's output, a battery startup's valuation, an airline's founding, a streaming
  service's paying subscribers, a bank's settlement, a marathon on a course index ("agreed to
  hand over £240 million to settle", "sits seventh in this year's X Index", "Harrowgate is
  paying £2.9 billion for Pennock's shares", "He started X in 2009").
- ``corpus_holdout20`` (scored unseen on stop 11: 1 of 8 found, 2 false alarms, fixed
  since): a dairy cooperatives' merger, a brewer's results, a coffee chain's stores, a
  plant-based cheese maker's Series B, a spectrum auction, a stadium's naming rights, a
  game's launch, an insurer's storm claims, a carmaker on a dependability survey ("the
  merged cooperative will handle", "Orisca's bill for the spectrum came to", "its 1994-built
  X ground", "seventh of the 28 brands in this year's X Survey").
- ``corpus_holdout21`` (scored unseen: 3 of 8 found, 5 false alarms, fixed since; 5 of 8
  now): a software maker's takeover of a security startup, a chipmaker's quarter, a social
  app's users, a podcast licensing deal, a museum's reopening, a car-sharing startup's
  founding, a port's tonnage and a broadband operator's index rank ("At $940 million, the X
  purchase is", "its flagship port moved", "Telvane's home fibre network sits 19th").
- ``corpus_holdout22`` (scored unseen on stop 12: 1 of 8 found, no false alarm): a rail
  group's takeover of a bus operator, a steelmaker's quarter, an electric-truck maker's
  Series C, a shipyard's order book, a cruise line's passengers, a retailer's closures and
  founding, a drug patent settlement, a country on a freight index ("values Corrow at", "the
  April-June period", "pegs the company's worth at", "At 31 March the yard had", "The line,
  which carried", "Trennick will hand Calloway $118 million").
- ``corpus_holdout23`` (scored unseen on stop 12: 0 of 8 found, 1 false alarm, fixed since;
  a development corpus of stop 13's rounds): a fund manager's takeover of a smaller rival, a
  bank's net interest income, a proptech start-up's Series B, an office tower's sale, a solar
  developer's capacity, a grocer's market share, an insurer's fine, a fintech's founding and
  a business school on an MBA ranking ("The price tag of £410m for the X business", "closed
  2023 with 1,240 megawatts of panels generating power", "Ledger Weekly's 2024 global MBA
  table", "A and B founded X in 2016").
- ``corpus_holdout24`` (scored unseen on stop 12: 1 of 8 found, 2 false alarms, fixed since;
  a development corpus of the rounds of stop 13): a fertiliser merger, a grain trader's
  year, a smart-home maker's quarterly shipments, a vertical farm's Series A, a theme park's
  opening year, a cycling team's title sponsorship, a water utility's leakage, an app's
  chart rank ("for $2.6 billion including debt", "The Port Amberley trader posted revenue",
  "The park, which first welcomed visitors in 2003", "leakage averaged 148 megalitres a day").
- ``corpus_holdout25`` (scored unseen on stop 12: 4 of 8 found, 1 false alarm, fixed since;
  5 of 8 now): a miner's takeover of a lithium developer, an oil producer's quarterly output,
  a solar developer's green bond and park, a water utility's fine, a regional airline's
  passengers, a hospital group's revenue, a university on a global ranking, a gigafactory's
  opening ("a deal that values Quillon's equity at", "pumped an average of 186,000 barrels a
  day in the three months to September", "the £11.5 million penalty handed down by", "the
  factory opened on 22 September").
- ``corpus_holdout26`` (scored unseen on stop 12: 3 of 8 found, no false alarm): a basketball
  franchise's sale, a streaming service's paying subscribers, a film's opening weekend, a
  tennis sponsorship, a music festival's dates and attendance, a league's media rights, a
  football club on a money league, a games studio's takeover, founding and staff ("agreed
  to sell the X to Y for", "grossed $71.4 million in the U.S. and Canada from Friday to
  Sunday", "worth a combined $2.1 billion", "The studio employs 280 people").
- ``corpus_holdout27`` (scored unseen on stop 12: 2 of 8 found, no false alarm): a regional
  bank merger, a payments fintech's Series C, an insurer's quarter, a property trust's
  portfolio value, a housebuilder's completions, a city on a cost-of-living index, an asset
  manager's founding and a food group's IPO debut ("The $1.45 billion agreement", "Net profit
  for the three months to Sept. 30 was", "Today its $5.6 billion portfolio", "placed the city
  14th", "Founded in 2004 by A, ..., the firm", "due to start trading on Thursday, April 16").
- ``corpus_holdout28`` (scored unseen on stop 12: 1 of 8 found, 1 false alarm, fixed since;
  2 of 8 now): a seed breeder's takeover, a fertiliser maker's year, a vaccine maker's doses,
  a hospital operator's beds and founding, a heart patch's FDA clearance, an insulin-pricing
  settlement, a grocery app's market share, a tractor maker on a dealer satisfaction index
  ("agreed in February to pay roughly $1.6 billion for the breeder", "shipped 38 million
  doses", "cleared the device on April 21", "Basketly's share of that market reached 23%",
  "placed fifth out of 11 brands in the X's 2026 Dealer Satisfaction Index").
- ``corpus_holdout29`` (read once unseen on stop 13's final code: 3 of 8 found, no false
  alarm): a department store chain taken private, a sportswear maker's quarter, a discount
  grocer's store openings, a skincare startup's Series A, a shopping centre's footfall, a toy
  maker's civil penalty, a furniture retailer's loss and founding, a country on a digital
  commerce readiness index ("struck its £1.18 billion agreement to take X private", a
  briefing's run-in heading "**Tinderbox Toys.**" before "Shares of the toy maker", "The
  company, which was set up in 1974 by brothers A and B", "welcomed 18.2 million shoppers").
- ``corpus_holdout30`` (read once unseen on stop 13's final code: 3 of 8 found, no false
  alarm): an airline's takeover of a regional carrier, a lessor's jet order, an airport's
  passengers and new terminal, a hotel group's year, a port's cruise calls, a booking app's
  Series C and founding, an airline on a punctuality index ("Last year's total of 24.6
  million passengers", "placed sixth among the 40 large carriers in the global ranking",
  "Terminal 3, which opened on 30 June", "Kestrel Bay logged 168 cruise calls last year").
- ``corpus_holdout31`` (read once unseen on stop 13's final code: 2 of 8 found, no false
  alarm): a chip designer's acquisition, an AI lab's Series C, a model on a leaderboard, a
  data-centre campus's capacity, a cloud company's privacy fine and appeal, a phone maker's
  quarterly share, a robotics startup's headcount, a satellite's launch ("in an all-cash
  transaction valued at", "was valued at $12 billion when it closed its $1.2 billion Series
  C", "research firm X puts Lumora's third-quarter share of global shipments at 14%",
  "designed for 240 megawatts at full build-out", "Skyrill-4 lifted off on October 12").
- ``corpus_holdout32`` (read once unseen on stop 13's final code: 1 of 8 found, no false
  alarm): one invented region's tram contract, a contractor's results and founding, a toll
  road concession's sale, a water utility's investment plan, a hospital trust's waiting list,
  a port's container throughput, a region on a liveability index ("in a deal valuing the
  41-kilometre route at", "The trust's waiting list for planned treatment stood at", "The
  port, which handled", "put their names to the contract ... on Tuesday, 3 March", "X's
  £4.4bn five-year investment programme").
- ``corpus_holdout33`` (read once unseen on stop 14's final code; 3 of 8 found now, no false
  alarm): an education group's takeover of a textbook publisher, an edtech start-up's Series
  B, a university's new campus, a bookshop chain's shops and founding, a newspaper's digital
  subscribers, a council's school-meals contract, a novel on a weekly fiction chart ("is
  handing over $465 million in cash for the nearly century-old publisher", "The new money
  values X at", "Thale's third novel rose to No. 3 on the fiction chart", "The paper
  finished June with", "The deal, which the county council values at").
- ``corpus_holdout34`` (read once unseen on stop 14's final code; 5 of 8 found now, no false
  alarm): a parts maker's takeover, an EV maker's quarterly deliveries, a charging network's
  founding and market share, a ride-hailing app's Series C, a tyre maker's cartel fine, a
  carmaker on a reliability survey and a new plant's start of series production ("shipped
  41,900 cars to customers in the July-September quarter", "The Nairobi company's $210
  million Series C ... puts it at", "By the end of 2025, VoltArc controlled 27%", "The
  plant, where series production began on 14 April").
- ``corpus_holdout35`` (read once unseen on stop 14's final code; 1 of 8 found now, no false
  alarm): a restaurant group's buyout, a delivery app's quarter and market share, a
  fast-casual chain's revenue and founding, a vineyard's sale, an orchard's apple harvest, a
  restaurant on a best-restaurants list, a food hall's opening ("Arvane is paying $78 million
  for the estate", "whose 118 restaurants stretch from Arizona to Ohio", "its slice of the
  U.S. delivery market hit 26%", "the 48,500 tonnes of apples Kestrel's crews picked", "The
  West Town restaurant was named No. 7", "threw open its doors on Aug. 29").
- ``corpus_holdout36`` (read once unseen on stop 14's final code; 1 of 8 found now, no false
  alarm): an insurer's takeover of a broker, a crypto exchange's fine, a digital bank's
  customers, a reinsurer's quarter, a pension fund's founding, a container lessor's fleet, a
  golf tournament's dates, a bank on a customer-satisfaction study ("At $1.15 billion,
  Halvorsen's bid for Brightwater is", "told investors its customer base reached", "for the
  July-September period", "The fund was created by the state legislature in 1968", "which
  ran a fleet of roughly 3.7 million TEU", "Harbourline Bank climbed to sixth place").
- ``corpus_holdout37`` (read once unseen on stop 15's code; 2 of 8 found now, no false
  alarm): a studio's takeover of an animation house, a game publisher's fiscal year, a
  streaming service's paid subscribers, a label's licensing deal, a concert tour's tickets, a
  film magazine's founding and its podcast on a weekly chart, a multiplex's opening ("is
  handing over $475 million in cash and stock to take the studio off his hands", "in the
  fiscal year that ended in March", "Its streaming service, Lumora+, ended June with", "moved
  1.15 million tickets", "Second Reel, ..., landed at No. 9", "which opened Oct. 24").
- ``corpus_holdout38`` (read once unseen on stop 15's code; 4 of 8 found now, no false
  alarm): a fertiliser maker's takeover of a potash miner, a seed company's quarter, a grain
  trader's season in tonnes, a pesticide maker's fine, a tractor maker's shipments, a
  farmers' cooperative's founding, a chemicals group on a ranking, a reservoir's opening
  ("agreed in March to hand over $2.75 billion in cash for the potash miner", "for the
  July-to-September quarter", "got through 11.4 million tonnes", "Kestrel, which shipped",
  "The specialty chemicals group, which sits in 19th place", "was formally opened on 14 May").
- ``corpus_holdout39`` (read once unseen on stop 15's code; 1 of 8 found now, no false
  alarm): a satellite's launch, a spaceport's opening year and launch tally, a rocket's
  payload capacity, a defence radar contract, a drone maker's Series B, an aircraft lessor's
  fleet, an engine maker's deliveries, an airline on an on-time performance review ("priced
  the company at $590 million after the new money", "The lessor, whose fleet numbered",
  "Kestrel Point opened its gates to launch companies in 2019", "placed it seventh among
  large airlines", "can loft up to 2,200 kilograms to low Earth orbit", "left the pad").
- ``corpus_holdout40`` (read once unseen on stop 15's code; 4 of 8 found now, no false
  alarm): a hospital operator's takeover, a biotech's Series C and trial start, a drug's
  annual sales, a device maker's settlement, a clinic chain's patients, a vaccine plant's
  capacity, a hospital on a national honour roll ("Carrow agreed in March to buy Linden Vale
  for", "its clinics saw roughly 870,000 patients", "a 250-million-dose-a-year facility",
  "which rose five places to fourth in this year's Honour Roll", "its first patient received
  a dose on May 27").
- ``corpus_holdout41`` (read once unseen at the start of stop 16; 4 of 8 found now, no false
  alarm): a mobile operator's takeover of a fibre network, a regulator's fine after an
  outage, a cable operator's broadband subscribers, a satellite-internet startup's Series D,
  an operator on a customer-satisfaction index, a 3G switch-off date, a spectrum auction's
  prices and a tower company's year ("in a deal that values the fibre builder at", "valued at
  €2.9 billion once the fibre company's borrowings are counted", "X's broadband base stood
  at", "at a $1.4 billion post-money figure", "won 80 MHz for", "last year's top line of").
- ``corpus_holdout42`` (read once unseen at the start of stop 16: 5 of 8 found, 5 false
  alarms, fixed since; 5 of 8 now, no false alarm): a cement maker's takeover of a quarry
  group, a modular homebuilder's Series A, a contractor's bridge settlement, a tile maker's
  year and its new plant's opening, a steel mill's output in tonnes, a builders' merchant's
  branches, a housebuilder on a league table ("At £485 million, the X purchase is", "banked
  $24 million of Series A money", "The Indiana plant turned out", "The group had 274
  branches at the end of June", "the Vallmora plant, which opened in 2022").
- ``corpus_holdout43`` (read once unseen at the start of stop 16: 2 of 8 found, no false
  alarm; 5 of 8 now): a container line's takeover of a terminal operator and its fleet, a
  railway's tonnes carried, a port's throughput and place on a league table, a warehouse-robotics
  startup's Series B, a parcel carrier's quarterly deliveries and market share, a courier's
  fine ("At $3.7 billion once Quayside's borrowings are counted, the takeover is", "The £5.9
  million penalty handed to Dashway Couriers", "the carrier handed over 362 million parcels
  to customers between April and June", "a 2024 in which the railway moved", "The port,
  which moved to sixth place in the 2025 edition of").
- ``corpus_holdout44`` (read once unseen at the start of stop 16: 2 of 8 found, 2 false
  alarms, fixed since; 6 of 8 now): a football club's sale and record signing, its stadium's new
  capacity, a league's broadcast rights, a betting group's quarter and fine, a fitness app's
  Series B, a club on a money league, a racing team's founding and a stake in it ("The
  consortium will pay £412 million for the whole of the club", "the €79m they sent to X for
  Y", "reopened in August with room for 46,000 fans", "after Brightwager posted revenue of
  $274 million for its second quarter", "The club came in 17th in this year's X", "the
  endurance team that A and B set up in a converted dairy near Oxleigh in 1979").
- ``corpus_holdout45`` (read once unseen at the end of stop 16: 4 of 8 found, 1 false alarm,
  fixed since; 4 of 8 now): a games publisher's takeover of a studio and its fiscal quarter,
  a game's sales and UK chart place, a studio's layoffs and delayed release, a streaming
  platform's Series C and market share, an esports team's sale and founding, a tournament's
  prize pool ("The deal values X at", "the Montreal studio Halvorsen bought for", "Research
  firm Streamlens estimates that Flickwave accounted for 22%", "put Hollow Tide sixth in
  Britain's weekly top 40 for the seven days through June 7", "will now launch on").
- ``corpus_holdout46`` (read once unseen at the end of stop 16: 3 of 8 found, 2 false alarms,
  fixed since; 4 of 8 now): a brewer's takeover of a whisky distiller, a dairy co-operative's
  milk intake, a soft-drinks maker's quarters, a bakery chain's shops, a plant-based start-up's
  valuation, a ready-meal maker's pollution fine, a beer on a critics' Top 50 and the brewer's
  opening year ("slipped to $2.44 billion from $2.61 billion in the second quarter", "That
  round, $48 million led by X, valued Verdana at", "three months after it was fined £960,000",
  "Not bad for a brewery that opened in 1994").
- ``corpus_holdout47`` (read once unseen at the end of stop 16: 2 of 8 found, no false
  alarm): a property trust's purchase of 14 hotels from a hotel group, the group's rooms and
  results, a Dublin office tower's floor area and topping out, a proptech start-up's Series C,
  a landlord's settlement with tenants, Dublin on an office rent index, a housebuilder's
  half-year profit ("had agreed to buy a portfolio of 14 hotels from X for", "At 31 December
  2024 the group's estate totalled", "It will provide 84,500 square metres of office space",
  "When X topped out the building on 26 June", "agreed a £9.5 million payout to end").
- ``corpus_holdout48`` (read once unseen at the end of stop 16: 2 of 8 found, and a third, the
  deal's value, reported only against a file that restates the planted value): a utility's
  takeover of a wind developer, a battery maker's gigafactory start, league-table place and
  quarter, a hydrogen start-up's Series C, an electrolyser maker's order and results, a
  charging network's charge points, a lithium refinery's output ("values the target at about
  $2.3 billion including debt", "Sales last year totalled", "At the end of June the operator
  had", "of the battery chemical", "which X's 2024 table put in ninth place").
- ``corpus_holdout49`` (read once unseen at the very end of stop 16: 3 of 8 found, no false
  alarm): a luxury group's takeover of a shoemaker, a fashion house on a brand index, a
  resale platform's Series C and valuation, an outerwear brand's green-claims fine, a
  retailer's quarter, a watchmaker's annual output, a label's flagship opening year ("The
  offer values X at", "its $175 million Series C", "The Le Locle company turned out", "The
  French fashion house ranked sixth", "The store first opened its doors in 2008").
- ``corpus_holdout50`` (read once unseen at the very end of stop 16: 4 of 8 found, 5 false
  alarms, 3 fixed since, the last 2 by general rules of stop 17): a software group's
  takeover of an endpoint-security company, its results and headcount, a detection
  product's launch, a cloud platform's recurring revenue, a telecom breach and fine, two
  start-ups' Series B rounds, a security leaderboard ("in which 7.4 million customer records
  were exposed", "the 2025 Endpoint Security Leaderboard compiled by Holloway Research",
  "became generally available on Oct. 14", "closed fiscal 2025 (the year to January 31)
  with").
- ``corpus_holdout51`` (read once unseen at the very end of stop 16: 3 of 8 found, no false
  alarm): a waste group's takeover of a recycler, a water company's leakage, customers and
  results, a sewage-spill fine, a carbon-removal start-up's Series B, a landfill operator's
  revenue, a council on a recycling league, an energy-from-waste plant's opening year
  ("values the recycling business at £412 million including debt", "whose pipes lost 224
  megalitres of water a day in 2024-25", "The group's customer base of 2.9 million", "rose to
  fourth place, according to a league table", "which began taking waste in 2013").
- ``corpus_holdout52`` (read once unseen at the very end of stop 16: 1 of 8 found, no false
  alarm): a seafood group's takeover of a salmon farmer and the farmer's harvest, a fish-feed
  maker's quarter, a trawler fleet, a shrimp start-up's Series A, a fine for a salmon escape,
  a port on a landings league, a mackerel season's opening day ("The cash offer values X at
  NOK 11.4 billion", "Halsøy Laks harvested 54,800 tonnes gutted weight", "X, whose 31
  trawlers make it", "has fined X NOK 4.2 million", "has set Monday, Aug. 4, as opening day").
- ``corpus_holdout53`` (read once unseen during stop 17: 2 of 8 found, 2 false alarms, 1
  fixed since by a general rule, 1 left as a known false alarm): a tutoring group's takeover
  of an online course platform, a school-software maker's quarter and market share, a
  learning app's schools, an AI-feedback start-up's Series B, an exam board's data-breach
  fine, a business school on an MBA ranking, a university group's new campus ("At $470
  million, the X takeover is", "is now used in 14,200 schools", "handed the board a £1.9
  million penalty", "sits 22nd in this year's X global MBA table", "campus, open since 2023").
- ``corpus_holdout54`` (read once unseen during stop 17: 0 of 8 found, 1 false alarm, fixed
  since by a general rule): a vet-clinic group's takeover of a rival and its clinic count, a
  pet food maker's year and its plant's output, a pet insurer's valuation, a pet food fine, a
  pet retailer on a specialty retail list, a telehealth service's launch ("agreed to buy
  smaller rival X Inc. for", "With 246 clinics already under its banner, X ranks", "ordered X
  to pay a $1.8 million fine", "accounted for 212,000 tonnes of last year's output", "began
  taking calls on May 12").
- ``corpus_holdout55`` (read once unseen during stop 17: 2 of 8 found, 1 false alarm, fixed
  since): a packaging group's takeover of a carton maker and its place on a converters'
  league table, a paper maker's mill output, a closed newsprint mill, a printer's presses, a
  label maker's half year, a pouch start-up's Series A, a pulp mill's pollution fine ("The
  mill, founded in 1898 ..., turned out", "Profit before tax for January to June was", "runs a
  company that operates 46 presses", "The Oakland company, which closed a $19 million Series
  A", "A British Columbia court fined X", "Roughly 22% of X's revenue, or about £65 million").
- ``corpus_holdout56`` (read once unseen during stop 17: 2 of 8 found, no false alarm): a
  toy maker's takeover of a board-game publisher and its founding, an e-bike start-up's
  Series B, a sporting-goods chain's quarter, a toy maker's civil penalty, a bike maker's
  units sold, a building set on a monthly toy chart and its on-sale date ("Brightwick Toys'
  $468 million swoop on X", "Last week's biggest cheque went to X: a $48 million Series B",
  "Hartwell's November Top 20 had the Comet Hauler at No. 7", "since the line reached shelves
  on Sept. 12").
- ``corpus_holdout57`` (read once unseen at the end of stop 17: 2 of 8 found, no false
  alarm): a beauty group's takeover of a skincare brand and its plant's tonnes, a fragrance
  maker's year and new line's on-sale date, a cosmetics retailer's stores, a clean-beauty
  start-up's Series B valuation, a cosmetics maker's fine, a brand on a beauty brand index
  ("The $1.72 billion that A has agreed to hand over for B", "X's $48 million Series B ...
  priced the Austin company at", "The $6.8 million penalty that A handed B", "sits at No. 22
  in the 2025 ranking", "the collection that reached counters on Oct. 9").
- ``corpus_holdout58`` (read once unseen at the end of stop 17: 4 of 8 found, no false
  alarm): a DIY chain's takeover of a kitchen retailer, its stores and its flagship's opening
  year, a furniture maker's quarter, an online furniture start-up's Series B, a furniture
  maker's civil penalty, a retailer on a consumer satisfaction table, a sawmill's output
  ("agreed to pay $356 million for the kitchen retailer", "Brackwell's 186 stores", "turned
  out 348,000 cubic metres of sawn wood ... last year", "The Carrow Road store, which first
  opened its doors in 2013").
- ``corpus_holdout59`` (read once unseen at the end of stop 17: 2 of 8 found, 1 false alarm,
  fixed since; 3 of 8 now): a chip designer's takeover of a rival and its Indian design
  centre, a chip-equipment maker's fiscal quarter, an export-control penalty, a chip
  start-up's Series C, a foundry on a quarterly leaderboard, a fab's start of volume
  production and capacity ("the $41 million settlement Corrindel reached with the Commerce
  Department", "which Harbourline Capital's April-led Series C priced at", "The Singapore
  contract manufacturer, ranked sixth", "has been in volume production since March 14").
- ``corpus_holdout60`` (read once unseen at the end of stop 17: 2 of 8 found, 4 false
  alarms, fixed since): a staffing group's takeover of an IT contractor agency, its
  completion date and the agency's founding, an HR-tech start-up's Series B, an agency's
  fine, a recruiter's net fee income and branches, a best-employers list ("Harcourt Vance,
  which paid £61m for X", "In the year to June it generated net fee income of", "The
  Bristol-based recruiter ended the year with 64 branches", "the firm's 14th place in").
- ``corpus_holdout61`` (read once unseen mid-way through stop 18: 4 of 8 found, no false
  alarm): two law firms' merger and launch, a law firm's results and directory rank, a
  contract-review start-up's Series B, a legal publisher's takeover of a research platform,
  a data-breach class-action settlement and its approvals ("whose fee income for 2024 came in
  at", "will have 318 partners", "which climbed three places to No. 14", "in an order handed
  down on Monday, March 17").
- ``corpus_holdout62`` (read once unseen mid-way through stop 18: 2 of 8 found, no false
  alarm): a music group's catalogue purchase, a concert promoter's year, a tour's tickets and
  an album's chart debut, an arena's opening, a streaming service's settlement and market
  share, a start-up's Series A, a festival ("Halvard is paying $180 million for the Vale
  songbook", "closed out 2024 with $1.58 billion in revenue", "it had sold 1.05 million
  tickets", "The 17,500-seat venue ... first opened its doors on March 28").
- ``corpus_holdout63`` (read once unseen mid-way through stop 18: 2 false alarms, fixed
  since; 4 of 8 found now): a betting group's takeover of an online casino and the casino's
  app launch, the group's quarterly gross gaming revenue, a regulator's fine on a bookmaker,
  online betting market shares, the bookmaker's shop estate, a lottery's licence fee, an
  operator ranking ("agreed in March to pay €480 million for the casino business", "committed
  it to an annual licence fee of", "ranked 12th in this year's X Operator 50", "landed on X
  last Wednesday with a penalty of", "Brackwater's slice of online betting stood at").
- ``corpus_holdout64`` (read once unseen mid-way through stop 18: 3 false alarms, fixed
  since): a coffee roaster's takeover of a cafe chain and its new roastery's opening,
  European cocoa grindings, a chocolate maker's year and its sustainable sourcing rank, a tea
  start-up's Series B and market share, commodity prices quoted per tonne on many days ("the
  transaction is worth £412 million", "the 268-cafe chain", "Sales reached €3.42 billion"
  after a 2024 result, "Revenue edged up 3.2% to €1.79 billion" after a half-year one).
- ``corpus_holdout65`` (read once unseen at the end of stop 18: 6 of 8 found, counting the
  fine restated from a third article, no other false alarm): a dental group's takeover of a
  rival and the rival's billing fine, a teledentistry start-up's Series B, a Dutch optician
  chain's half-year revenue and stores, a lens maker's European share and its Czech factory's
  opening year, a dental group on a patient-satisfaction ranking ("a deal that values X's
  equity at about $412 million", "BrightArch is paying $465 million for Molarwell's shares",
  "booked €326 million in first-half sales", "The plant, which opened in 2018").
- ``corpus_holdout66`` (read once unseen at the end of stop 18: 5 of 8 found, 2 false alarms,
  fixed since by general rules): an advertising holding company's takeover of a digital
  agency, its closing date and the agency's founding year, an agency network's year and
  headcount, an adtech start-up's Series B valuation, a telecom group's fine for
  broadband-speed ads, an agency on a creative index ("which paid $1.4 billion for X", "The
  network employed 38,200 people at the end of December", "Lumetric's $85 million Series B in
  May valued the contextual targeting company at", "Since the takeover closed on August 14").
- ``corpus_holdout67`` (read once unseen at the end of stop 18: 1 false alarm, fixed since; 4
  of 8 found now): a car-rental group's takeover of a regional rival, its branches, fleet and
  founding, a sale of airport counters, a ride-hailing app's quarter, drivers and launch in a
  new city, a city's ride-hail licence fee, an e-scooter operator's Series B, a rental brand on
  a customer satisfaction study ("Kestrel, which paid $465 million for X", "whose $46 million
  Series B round closed last month", "it lost $91 million in the April-to-June period", "the
  company's sixth-place finish among 11 national brands", "began operating in X on Monday").
- ``corpus_holdout68`` (read once unseen at the end of stop 18: 3 of 8 found, no false
  alarm): an appliance maker's takeover of a cordless vacuum maker, its dishwasher plant's
  opening year and its place on a reliability survey, a mattress chain's year and stores, a
  dehumidifier recall and a safety penalty, a smart-home start-up's Series B ("The company
  rang up $1.48 billion in sales for all of 2024", "finished the year with 312 stores", "the
  96,000 dehumidifiers it recalled in the U.S. in June", "a dishwasher plant X opened in").
- ``corpus_holdout69`` (read once unseen on stop 19's code after its first rounds: 1 of 8
  found, no false alarm): an infrastructure investor's takeover of a nuclear operator, its
  equity value and premium, a reactor's start of commercial operation, a uranium miner's year,
  a grid operator's penalty, a storage start-up's Series C valuation and headcount, a retail
  supplier on a customer-experience index ("Brightwater's agreed takeover, which values
  Halvorsen's equity at", "approved a $21 million settlement with X", "Headcount, now about
  240", "Last May's $185 million Series C ... valued Voltaic at", "entered commercial service
  in 1987").
- ``corpus_holdout70`` (read once unseen on stop 19's code after its first rounds: 2 of 8
  found, 1 false alarm, fixed since): a jeweller's takeover of a diamond miner, its price
  per share and the mine's output, a gold refiner's customs fine, a pre-owned jewellery
  marketplace's Series B valuation, a watch retailer's half-year growth, boutiques and
  flagship opening, a jeweller on a luxury brand index ("agreed in February to pay C$16.40 a
  share in cash for X", "six months after the refiner was fined", "The open-pit operation
  produced", "Its new Bahnhofstrasse flagship in Zurich opened on").
- ``corpus_holdout71`` (read once unseen on stop 19's code after its first rounds: 2 of 8
  found, 2 false alarms, fixed since): a nursery group's takeover of a listed nursery chain,
  its enterprise value and the chain's founding, a home-care staffing app's Series B, a
  care-home operator's year, half year, beds and occupancy, its new home's floor space, a
  regulator's fine and an inspection-ratings league table ("the deal gives the business an
  enterprise value of roughly £790 million", "average occupancy of 86 per cent across the
  whole of the last financial year", "which had 8,150 beds across its 142 homes", "In
  Northgate Care Analytics' CareRank 2025 league table, ..., Elmstead came 12th", "opened
  the first X nursery in 1996").
- ``corpus_holdout72`` (read once unseen on stop 19's code after its first rounds: 2 of 8
  found, 1 false alarm, fixed since): a ski-resort operator's takeover of a Canadian rival,
  its enterprise value, premium and the rival's founding, the operator's skier visits, a
  cable-car maker's lift order and rope length, an outdoor-clothing brand's quarter, a
  booking start-up's Series C, a resort on a magazine's reader rankings ("the transaction
  carries an enterprise value of", "skier visits at its 14 resorts rose to 11.9 million",
  "will add 31 kilometres of rope line", "which Powderline magazine ranked sixth in North
  America", "Glacier Crest Mountain Co., which Gunnar Ostby, ..., founded in 1974").
- ``corpus_holdout73`` (read once unseen at the end of stop 19, on its code after all but
  its last rounds: 1 of 8 found, 4 unplanted reports, one of them planted C1 restated from a
  third article; 2 of 8 found counting it, 3 false alarms, one fixed since, two declared): a
  pharmacy chain's takeover of a Midwest rival, its price per share and the rival's stores,
  the buyer's prescriptions and its new distribution centre's floor area and opening, a
  generics maker's quarterly gross margin, a benefit manager's settlement, a digital
  pharmacy's Series C, a chain on a pharmacy experience index ("Independent pharmacies owed
  money under X's $64.5 million settlement", "CareRite's network of 715 stores", "an
  820,000-square-foot distribution centre", "X's Groveport, Ohio, distribution centre, which
  opened on April 13").
- ``corpus_holdout74`` (read once unseen at the end of stop 19, on its code after all but
  its last rounds: 1 of 8 found, 2 false alarms, both fixed since): a freight broker's
  takeover of a smaller broker, its price per share and the target's truckloads, a truckload
  carrier's quarter, revenue growth, tractors, safety rank and Laredo terminal, a carrier's
  hours-of-service penalty, a logistics-software start-up's Series B ("$27.40 in cash for
  each Pinecrest share", "Harrowgate paid $31.40 per share in cash for the Memphis company",
  "Revenue increased 6.2% to $612 million", "Tollan Capital led a $64 million Series B in
  X", "Third-quarter revenue fell to $598 million from the second quarter").
- ``corpus_holdout75`` (read once unseen at the end of stop 19: 1 of 8 found, 1 false alarm,
  fixed since): a lift maker's takeover of a lift-maintenance firm, its equity value, the
  firm's founding year, lifts under contract and settlement with a landlord, the lift
  maker's installations, a building-services group's half year, a proptech's Series B, a
  skyscraper's height, a contractor on a Top 100 Contractors table ("The deal values X's
  shares at", "the £23 million settlement it reached with X", "pushed first-half revenue 7%
  higher", "Halcyon Tower, the 238-metre skyscraper", "compared with nearly 47,000 a year
  earlier", "which has risen four places to seventh").
- ``corpus_holdout76`` (read once unseen at the end of stop 19: 2 of 8 found, 3 false
  alarms, two fixed since, one declared): a funeral operator's takeover of a Midwestern
  chain, its enterprise value, the chain's funeral homes and founding year, the operator's
  cremations and its place on a consumer-trust index, a memorial-park operator's fiscal
  years, a pre-need insurer's fine, a digital-memorial start-up's Series B ("a deal valued
  at $1.64 billion including debt", "which ran 98 funeral homes ... when X agreed to buy
  it", "up from roughly 126,000 cremations in 2024", "X, the second-largest operator in the
  country, ranked 11th", "Lanternly, the Austin start-up that raised $45 million in a Series
  B round").
- ``corpus_holdout77`` (read once unseen at stop 20, on its code after its first round: 2 of
  8 found, 1 false alarm, declared; 4 of 8 found now): a private equity firm's takeover of a
  UK budget gym chain, its premium, the chain's founding year and its fine from the
  competition regulator, a US gym chain's clubs and its place on a satisfaction index, a
  connected-fitness maker's Mexican plant's floor area, a fitness app's Series B, a
  sports-nutrition brand's 2025 revenue ("has fined gym operator X £6.8 million for hiding
  joining fees", "X's 285p offer represented a 33% premium to the undisturbed share price",
  "X ended the year with 1,142 clubs", "its 410,000-square-foot plant in Monterrey", "X came
  fourth with a score of 78", "€742 million" against "€756 million").
- ``corpus_holdout78`` (read once unseen at stop 20, on its code after its first round: 2 of
  8 found, 1 false alarm, fixed since; 3 of 8 found now): a Swedish distributor's takeover
  of a Houston chemicals distributor and its price per share, a coatings maker's resin
  plant's first-phase capacity and founding year, a bio-binder start-up's Series B, a
  decorating retailer's half-year like-for-like growth and stores, a UK paint maker's
  emissions fine and place on a coatings league table ("Like-for-like sales rose 4.1% in the
  six months to December", "leaving it with 214 at the end of December", "but it also
  included the £2.1m fine imposed at Grimsby Crown Court", "Its first phase will add 120,000
  tonnes a year of resin capacity", "Further down, Kestrel Paints held 14th place", "Samuel
  Brightwater ... founded the company in 1921").
- ``corpus_holdout79`` (read once unseen at stop 20, on its code after its first round: 2 of
  8 found, 6 false alarms, all fixed since; 3 of 8 found now): a car dealership group's
  takeover of a western rival, its equity value and price per share, the buyer's
  fourth-quarter same-store used units and completion date, the rival's lending arm's CFPB
  settlement, a reconditioning centre's floor area, a place on a dealer satisfaction index,
  a used-car auction operator's volumes, an online used-car retailer's Series C ("Used
  retail units on a same-store basis climbed 3.8%", "the lender is paying $21 million in
  redress to some 58,000 borrowers", "X's 210,000-square-foot reconditioning center", "X,
  which completed its purchase of Y on Feb. 2", "vote on X's $35.80-a-share cash offer",
  "It placed 14th ..., up from 15th in the 2025 index").
- ``corpus_holdout80`` (read once unseen at stop 20, on its code after its first round: 2 of
  8 found, 1 false alarm, fixed since; 3 of 8 found now): a hearing-aid maker's takeover of a
  U.S. audiology clinic chain, its enterprise value and the chain's founding year, the
  maker's 2025 organic growth and fourth-quarter shipments, its new Polish factory's staff
  and floor area, an over-the-counter hearing-aid start-up's Series B, a maker on a
  brand-trust index ("the transaction has an enterprise value of", "The deal values the
  Denver chain at an enterprise value of", "The 23,000-square-metre plant", "including 1.46
  million in the October-December quarter", "the brand, which fell to eighth place in last
  week's X Index", "helped Halvorsen deliver organic sales growth of 6.8%").
- ``corpus_holdout81`` (read once unseen at stop 21, on the code of its arrival: 1 of 8
  found, 3 false alarms, fixed since; 1 of 8 found now): a ferry operator's order of
  battery-electric ferries from a Norwegian yard and its contract value, the operator's
  underlying EBITDA margin and its place on a ferry reliability index, the new ferries'
  battery capacity, a Norwegian operator's battery-electric fleet, a ferry-ticketing
  start-up's Series A, the yard's workforce and a ferry's grounding date ("in a contract worth
  £168 million", "34 of the company's 52 ferries were battery-electric", "Each of the Skerry
  ships will carry a 9.8 MWh battery pack", "rose to seventh place from 11th a year
  earlier", "The yard employs about 640 people", "the grounding of the MV Eilean Dubh at
  Lochboisdale on 16 January").
- ``corpus_holdout82`` (read once unseen at stop 21, on the code of its arrival: 1 of 8
  found, 1 false alarm, fixed since): an office landlord's takeover of a coworking operator,
  its equity value and the operator's locations, the landlord's office occupancy, an
  office-furniture maker's fiscal 2026 revenue, founding year and place on a workplace brand
  index, a desk-booking start-up's Series B, a Finnish timber firm's new sawmill's capacity
  ("The offer values X's entire issued share capital at", "EPRA occupancy across the
  landlord's portfolio", "Founded in ... in 2014, X had 62 locations ... at the end of 2025",
  "the mill will saw 180,000 cubic metres ... a year", "built it in 1931, the year they
  founded the company", "X ranked No. 2 in Y's Z Index").
- ``corpus_holdout83`` (read once unseen at stop 21, on the code of its arrival: 1 of 8
  found, 2 false alarms, both fixed since): an equipment-rental chain's takeover of a West
  Coast rival, its enterprise value, the rival's branches and the deal's closing date, an
  excavator maker's adjusted EBIT margin, its steel-plate contract's tonnage and its place
  on an equipment makers' ranking, a crane-hire group's fine and crane fleet ("A crane hire
  company has been fined", "at Manchester Crown Court, the company that owned and
  maintained the crane was fined", "lifting the adjusted EBIT margin to 9.8%", "Oakland,
  California-based Bayline operates 118 branches", "a three-year agreement to supply X with
  240,000 tonnes", "which climbs to seventh, up from ninth in last year's edition",
  "completed its purchase of X on Monday", "Today it runs a fleet of 206 cranes").
- ``corpus_holdout84`` (read once unseen at stop 21, on the code of its arrival: 0 of 8
  found, 2 false alarms, declared; 0 of 8 found now): a translation group's takeover of an
  interpreting agency and its cash consideration, the group's organic growth in the year to
  June 2025 and its place on a ranking of language-service providers, a language-learning
  app's paid subscribers, Nasdaq listing and fine from Italy's competition authority, a
  machine-translation start-up's Series B valuation, a subtitling firm's Lisbon hub's floor
  area ("Verbana will pay £236 million in cash and issue 16.4 million new shares", "The
  round values Tessera at €610 million after the new money", "organic revenue growth for
  the year was 3.8%", "The largest of them is X, the Austin-based company that had some 9.8
  million paying subscribers", "The 2,300 sq m site", "which have been listed on Nasdaq
  since June 2021", "The company said it had set aside funds for the €4.5 million fine").
- ``corpus_holdout85`` (read once unseen at stop 22, on the code of its arrival: 3 of 8
  found, 4 unplanted reports, all fixed since; 3 of 8 found now): an airport retailer's
  takeover of an Irish duty-free group, its enterprise value and premium, the target's
  shops and founding year, the buyer's place on a travel-retail Top 25, an airline
  caterer's fine over listeria and its Manchester flight kitchen's floor area, a
  lounge-booking start-up's Series A ("the transaction gives Skyport an enterprise value
  of", "The deal values the Dublin-based retailer at €2.4 billion including debt", "By the
  end of 2024 it had 330 shops", "The kitchen, a 16,500-square-metre site", "which climbs
  one place to fifth", "An airline caterer that prepares ... has been fined £1.6 million").
- ``corpus_holdout86`` (read once unseen at stop 22, on the code of its arrival: 1 of 8
  found, 10 unplanted reports, one of them planted C6 restated from a third article; 2 of 8
  found counting it, 9 false alarms, all fixed since): Indian textiles, with rupees in crore
  and lakh -- a spinner's takeover of a Gujarat denim mill, its enterprise value and
  announcement date, the mill's headcount, spinning capacity and plant's commissioning year,
  a garment exporter's September-quarter revenue growth and labour penalty, a recycled-denim
  start-up's Series A, India on a sourcing index ("its appeal against the Karnataka Labour
  Department's ₹83 lakh penalty", "Revenue from operations rose 6.1% to ₹742 crore", "The
  mill employs about 3,400 people", "The Kalol mill will add about 21,000 tonnes of annual
  spinning capacity", "The Kalol plant, commissioned in 1994", "which announced on November
  20 that it would acquire X").
- ``corpus_holdout87`` (read once unseen at stop 22, on the code of its arrival: 2 of 8
  found, 4 unplanted reports, two of them planted pairs restated from a third article, two
  false alarms, both fixed since; 4 of 8 found now counting the two): an engine-repair
  group's takeover of a Welsh engine repairer and its equity value, the repairer's
  headcount, engines overhauled in 2024, its Cardiff hangar's floor area and opening day and
  its place on a ranking of engine repairers, the group's third-quarter revenue growth, a
  used-engine-parts marketplace's Series B ("which in September agreed to pay £1.21 billion
  for X", "In a letter to the company's 2,900 employees", "The 215,000 sq ft building",
  "which rose two places to 11th from 13th", "The 16-bay Cardiff hangar, which opened on May
  21 last year", "Add the nine bays at the older Newport works and Pellmore has 25").
- ``corpus_holdout88`` (read once unseen at stop 22, on the code of its arrival: 3 of 8
  found, 3 false alarms, all fixed since; 3 of 8 found now): a glasshouse grower's takeover
  of a Dutch pepper grower and its enterprise value, the target's fine from the Dutch food
  safety regulator, its staff and its area under glass, the grower's place on an index of
  Europe's glasshouse growers, its founding year and its new glasshouse's first harvest, a
  produce-led grocer's like-for-like growth, an irrigation start-up's Series A ("a deal with
  an enterprise value of €412 million", "The deal, which values Kastelijn at €421 million
  including debt", "a 4.3% rise in like-for-like sales for its financial year to January
  31", "Kastelijn, which has 124 hectares under glass", "which climbs to seventh from
  eighth last year", "ranked ninth in Europe by area under glass in this year's X Index",
  "when he founded the business in 1962", "The family firm, founded in 1966 by", "were
  picked on 21 January").
- ``corpus_holdout89`` (read once unseen at stop 22, on the code of its arrival: 1 of 8
  found, 3 false alarms, all fixed since; 1 of 8 found now): a crude tanker owner's
  all-share takeover of a Greek rival and the holders' shares of the merged group, the
  rival's fleet deadweight and its ship manager's Coast Guard penalty, the group's place on
  a shipbroker's league table of crude tanker owners, a new VLCC's delivery day and another's
  three-year charter rate, an ammonia-engine start-up's Series A and staff ("The technical
  manager of the Suezmax tanker X has agreed to pay a $475,000 civil penalty", "Halvorsen
  also inherited a $745,000 civil penalty that Meridian's ship manager agreed in January to
  pay", "Halvorsen investors will own 59% of the combined group", "with a combined capacity
  of about 6.0 million dwt", "The enlarged group was ranked third among crude tanker owners
  by deadweight in X's league table", "was handed over at Geoje on March 19", "fixed in
  September on a three-year charter at $55,100 a day").
- ``corpus_holdout90`` (read once unseen at stop 22, on the code of its arrival: 0 of 8
  found, 1 unplanted report, fixed since; 0 of 8 found now): South African platinum mining
  in rand -- a PGM miner's purchase of two Rustenburg shafts from a rival and the cash part
  of its price, the shafts' workforce, a community trust's stake in the company that owns
  them, the miner's fine over a fatal fall-of-ground and the deaths in it, its smelter's
  commissioning year and its second furnace's power rating, its rank on entering the
  FTSE/JSE Top 40 ("Khulani will pay R6.1 billion in cash and issue 40 million new shares",
  "The shafts carry roughly 7,600 employees", "split between the Lesedi Community Trust
  with 12%, ...", "for which the Chief Inspector of Mines fined Khulani R2.4 million in
  July", "The 38-megawatt unit", "entered the JSE's Top 40 index as its 39th-largest
  member", "Bokamoso, where a fall-of-ground killed three workers in August 2024").
- ``corpus_holdout91`` (read once unseen at stop 22, on the code of its arrival: 0 of 8
  found, 7 unplanted reports, one of them planted C1 restated from a third article; 1 of 8
  found counting it, 6 false alarms, all fixed since; 2 of 8 found now): Japanese display
  panels, with yen and won -- a panel maker's sale of its Himeji LCD plant to a Korean
  display maker, its equity and enterprise value and the plant's staff, the seller's
  fiscal-year revenue decline, quarterly results and share-price jump the day after the
  deal, its place on a ranking of automotive display suppliers, its second microdisplay
  fab's opening day and added capacity, a Taiwanese rival's upfront payment in a patent
  settlement, a Seoul inspection start-up's Series B ("Group revenue fell 4.1% to ¥1.27
  trillion in that fiscal year", "will take on all 1,380 employees at the plant", "The
  plant's 1,830 workers will transfer to Haneul", "The ¥98 billion fab will add 15,000
  wafers a month", "up 2.7 percentage points from 11.2% for full-year 2024, when it ranked
  third", "Shirakawa opened its second microdisplay fab there on Nov. 12, 2025",
  "Shirakawa's shares jumped 4.6% the day after the announcement", "put 8 billion won into
  Nuri's 45 billion won Series B").
- ``corpus_holdout92`` (read once unseen at stop 22, on the code of its arrival: 2 of 8
  found, 1 false alarm, fixed since; 2 of 8 found now): UK building societies -- a building
  society's absorption of a smaller rival by a transfer of engagements, the combined
  society's members, assets and branches, the smaller society's FCA fine, its members' vote
  and founding year, the larger society's net interest margin, its new operations hub's
  floor area and the branches it will close, an online mortgage broker's Series B
  valuation, a society's place among building societies on a satisfaction index ("had
  fined Marcher £4,221,600" after "has been fined more than £4 million", "Of the
  shareholding members who voted, 91.4% backed the merger", "nine branches where the two
  networks overlap ... will close in 2027", "a three-storey, 86,000 sq ft building",
  "climbed two places to third among building societies", "which was established in
  Shrewsbury in 1871", "The Series B brings Halyard's total funding to £53m").
- ``corpus_holdout93`` (read once unseen at stop 23, on the code of its arrival: 0 of 8
  found, 5 unplanted reports, all false alarms, fixed since; 1 of 8 found now): Brazilian
  sugar and ethanol mills, with reais and April-March seasons -- a cane crusher's takeover
  of a family-owned rival, its equity and enterprise value and the rival's mills, the
  buyer's crush growth and net income by season, its place on a ranking of cane crushers,
  its Jataí corn ethanol plant's cost, corn intake and opening day, a biomethane start-up's
  Series B ("had raised R$180 million (about $32 million) in a Series B round", "Santa
  Helena's five mills", "The Ribeirão Preto group's crush grew 5.8% in 2024/25", "the
  fifth-largest cane crusher in Brazil by 2024/25 volume", "its net income rose 10.7% in
  the 2025/26 season to R$1.24 billion", "The Jataí corn ethanol plant, which opened on
  Feb. 17").
- ``corpus_holdout94`` (read once unseen at stop 23, on the code of its arrival: 2 of 8
  found, 2 false alarms, both fixed since; 2 of 8 found now): Nordic ferry operators in
  kronor, euros and crowns -- a Swedish ferry operator's purchase of a Danish rival's
  Skagerrak routes, its enterprise value, cost synergies, the vessels handed over and the
  day it closed, the buyer's third-quarter revenue and passenger growth, its LNG ferry's
  gross tonnage, the seller's fiscal second quarter, a Norwegian operator's quarter and
  electric-ferry order, a place on a punctuality index, a ferry-booking start-up's Series A
  ("Over the first nine months of the year, ... the company carried 6.1 million
  passengers", "Passenger numbers climbed 7.2% to 2.84 million", "the handover of the six
  ships and about 1,150 employees to Baltora", "The 212-metre vessel measures 54,800 gross
  tonnage", "while Swedish rival Baltora Line ranked third", "The deal closed on 19
  January", "Management is guiding to annual cost synergies of SEK 240m").
- ``corpus_holdout95`` (read once unseen at stop 23, on the code of its arrival: 3 of 8
  found, 4 false alarms, two fixed since, two declared; 3 of 8 found now): Swiss private
  banks in francs -- a Geneva private bank's purchase of a Zurich boutique and the
  boutique's staff, the bank's founding year, first-half cost-income ratio, new Lancy
  headquarters' floor area and place on a ranking of Swiss private banks by assets, a
  Lugano bank's profits surrendered to FINMA and the day it was ordered, a wealth-tech
  start-up's Series B valuation ("Switzerland's financial regulator on Thursday ordered
  Lugano-based Banca Montemurro to hand over CHF 9.4 million in profits", "The regulator
  ordered the bank to surrender CHF 9.7 million in profits", "leaving the cost-income ratio
  at 71.8%", "In the first half of 2025 Aurelis posted a cost-income ratio of 73.8%", "a
  14,500-square-metre building due to open in 2027", "while Geneva's Banque Aurelis ranked
  seventh", "placed Aurelis as the sixth-largest Swiss private bank by assets", "The
  regulator on Wednesday wrapped up its enforcement case").
- ``corpus_holdout96`` (read once unseen at stop 23, on the code of its arrival: 1 of 8
  found, 1 false alarm, fixed since; 1 of 8 found now): music publishing and song
  catalogues -- a Nashville publisher's purchase of a country songwriter's catalogue, its
  price, the catalogue's songs, the publisher's founding year, new headquarters' floor area
  and place on a publisher streaming-share ranking, a London label group's streaming revenue
  growth, a royalty-data start-up's Series B, a royalty trust's IPO price per share ("as
  shown by Larkspur Music Publishing's $158 million purchase of Teodora Vance's catalogue",
  "The catalogue Larkspur bought contains 421 songs", "The new headquarters covers 42,000
  square feet", "Larkspur took fifth place with 6.3%", "Streaming revenue rose 11% to £918
  million", "the start-up that raised €28 million in a Series B round last month",
  "Harmonia priced its shares at 100p each and will begin trading").
- ``corpus_holdout97`` (read once unseen at stop 23, on the code of its arrival: 0 of 8
  found, 6 false alarms, all fixed since; 0 of 8 found now): funeral services and crematoria
  -- a UK funeral operator's takeover of a rival chain, its enterprise value, the funeral
  homes sold to win the competition regulator's clearance and the operator's founding year,
  its Garforth crematorium's site, a funeral plan provider's FCA fine, a digital funeral
  start-up's Series B, a US funeral and cemetery operator's third-quarter revenue growth and
  its place on the Deathcare 50 ("the price: £451m including the debt Hallowell will take
  on", "The company raised £35m in a Series B round", "fined Northampton-based Wellspring
  Funeral Plans £4.2m", "Over in Denver, Pinecrest Memorial's third-quarter numbers ...
  showed revenue up 4.5%", "after the funeral operator agreed to sell 18 funeral homes", "It
  sits on a 12-acre site", "which climbs to No. 3 from fourth place in last year's list",
  "the company still counts 1887 as the year of its founding").
- ``corpus_holdout98`` (read once unseen at stop 23, on the code of its arrival: 1 of 8
  found, 1 unplanted report, planted C6 told from a third article; 2 of 8 found counting it,
  no false alarm): Singapore and Malaysia data centres -- a Singapore operator's takeover of
  a Johor campus developer, its equity value and premium, the campus's first phase's
  opening and planned capacity at full build-out, the operator's Singapore utilisation and
  its place on a colocation leaderboard, a data-centre REIT's half-year distribution per
  unit, a liquid-cooling start-up's paying customers at its Series B ("The offer values the
  Kulai-based developer at RM2.53 billion", "DPU for the six months ended June 30 came to
  4.62 Singapore cents", "Kestrel's own Singapore data centres were 89% utilised", "the
  120-acre Kulai campus, which is planned to reach 360MW of IT capacity at full build-out",
  "Aquilo currently has nine paying customers", "Kestrel sits at No. 3 in Strata Signal's
  mid-year ranking", "the 48MW first phase of Pulai's Kulai campus, which opened in March
  2024").
- ``corpus_holdout99`` (read once unseen at stop 23, on the code of its arrival: 1 of 8
  found, 2 false alarms, both fixed since; 1 of 8 found now): e-bike and bicycle makers -- a
  Dutch e-bike maker's takeover of a German motor maker, its enterprise value and the motor
  maker's staff, the e-bike maker's third-quarter gross margin and its place on a European
  e-bike brand index, a rival's first-half inventory write-down, a Taiwanese frame maker's
  new plant's floor space and opening year, a bike-leasing start-up's Series B valuation
  ("counting the debt it takes on, the enterprise value is €260 million", "The round values
  PedalPass at €210 million including the new money", "Gross margin widened to 31.4% from
  30.2% a year earlier", "Radwerk, which employed some 720 people when the deal was
  announced in September", "The plant will have 82,000 square metres of floor space",
  "while Dutch rival Hollandrijder climbed to fourth", "Formosa's new factory in Changhua,
  which will open in 2027", "Brennauer wrote down the value of its inventory by €47 million
  in the first half").
- ``corpus_holdout100`` (read once unseen at stop 23, on the code of its arrival: 2 of 8
  found, 3 false alarms, all fixed since; 2 of 8 found now): used-car auctions and online
  marketplaces -- a UK car auction group's takeover of a Denver dealer-to-dealer
  marketplace and its enterprise value, the marketplace's employees, the group's founding
  year, its online share of cars sold in the half and its Corby reconditioning centre's
  floor area, an online car retailer's rank in a monthly traffic ranking, a US online car
  retailer's quarterly gross profit per retail unit, a car-finance fintech's Series C
  valuation ("Brackwell is paying $1.21 billion including debt for a Denver company", "In
  the six months to September, 67% of the cars X sold went under the hammer online", "The
  410,000 sq ft centre sits on a 27-acre plot", "on Motorvane, ..., which ranked second
  among UK car marketplaces by visits in September", "In the spring of 1962, Arthur
  Brackwell ... hired a barn outside Bedford", "down from $6,410 in the third quarter",
  "Its roughly 1,150 employees take Brackwell's total workforce to about 7,350").
- ``corpus_holdout101`` (read once unseen at stop 24, on the code of its arrival: 2 of 8
  found, 3 false alarms, two fixed since, one declared; 2 of 8 found now): Japanese
  convenience-store chains -- the No. 3 chain's tender offer for a Sendai regional chain
  and its price per share, the regional chain's stores at the time of the offer and its rank
  by chainwide sales, the buyer's annual operating-profit growth, average daily sales per
  store and ready-meal plant's floor area, a checkout-free start-up's Series B, the opening
  day of the buyer's first unstaffed micro-store ("reported an 8.1% rise in annual operating
  profit and forecast double-digit growth for the current year", "At the time of the offer,
  Aoba operated 1,420 stores", "The 31,000-square-metre facility", "No. 7 Aoba Daily, the
  same position as a year earlier", "The first one, which opened in Shinagawa on March 13",
  "it still trails Hinode Mart's ¥584,000").
- ``corpus_holdout102`` (read once unseen at stop 24, on the code of its arrival: 1 of 8
  found, 1 false alarm, fixed since; 1 of 8 found now): semiconductor packaging and
  chip-equipment firms in South Korea and Taiwan -- a Korean bonder maker's tender offer for
  a Taiwanese probe-card maker, its price per share, the target's employees and its place on
  a research firm's probe-card ranking, the bonder maker's third-quarter operating profit,
  an AI-chip start-up's Series C post-money valuation, a Kaohsiung packager's fourth-quarter
  gross margin, founding year and new plant's cleanroom area ("a tender offer for all of
  Qiaolin's shares at NT$312 apiece", "The Seongnam-based company paid NT$321 a share in the
  tender", "and gives Sorae a post-money valuation of", "With its 1,600-strong workforce",
  "the plant's cleanroom will cover 36,000 square metres", "Qiaolin, which Trendgrid
  Research ranked as the world's third-largest probe-card supplier last year", "Hanbit's
  operating profit of 68.4 billion won in the third quarter").
- ``corpus_holdout103`` (read once unseen at stop 24, on the code of its arrival: 1 of 8
  found, 3 false alarms, all fixed since, and planted C8 told from a third article; 2 of 8
  found now): Indian two-wheeler and electric-scooter makers -- an electric-scooter maker's
  IPO size, quarterly revenue growth, experience centres, founding year, its new plant's
  site area and opening date and its place in the monthly e-two-wheeler registrations
  table, a motorcycle maker's purchase of a 26% stake in a battery-pack maker ("the IPO will
  raise Rs 5,500 crore", "The ₹5,800-crore IPO", "completed its Rs 690-crore purchase of a
  26% stake", "Revenue from operations rose 38% year on year to INR 1,184 crore", "By the
  end of September it had 1,250 experience centres", "The plant, about 430 km northwest of
  Bengaluru, is spread over 120 acres", "which ranked third by electric two-wheeler
  registrations in October", "the 2019-founded Bengaluru company").
- ``corpus_holdout104`` (read once unseen at stop 24, on the code of its arrival: 0 of 8
  found, 3 false alarms, none fixed since, all declared; 0 of 8 found now): cocoa traders
  and chocolate makers -- a Zurich chocolate maker's takeover of a Ghent cocoa grinder, its
  equity value, the grinder's employees, its place on a grinders' league table and its
  San-Pédro plant's capacity and opening year, the chocolate maker's first-half volume
  growth, Ivory Coast's 2025/26 crop estimate, a cocoa-free chocolate start-up's Series B
  ("The offer values Brunnel's equity at", "its venture arm backed X, ..., when it raised
  £46 million in November", "whose sales volumes rose 6.4% in the first half of 2025", "adds
  nine plants and some 2,900 employees to the group", "The San-Pédro facility can grind
  120,000 tonnes of beans a year", "the Conseil du Café-Cacao's October forecast of 1.58
  million tonnes", "in 2009 Brunnel opened a plant at San-Pédro").
- ``corpus_holdout105`` (read once unseen at stop 24, on the code of its arrival: 0 of 8
  found, 2 false alarms, both fixed since; 0 of 8 found now): pet food makers and veterinary
  clinic chains in the US and the UK -- a UK vet group's takeover of a Manchester rival, its
  term loan and targeted cost savings, the rival's vets, a US pet-food maker's fiscal 2025
  net income and operating margin and its Joplin plant's capacity, a pet insurer's founding
  year, a brand's rank on a pet brand index ("The Reading-based group, which runs 685
  clinics, said it would pay for the purchase with a £700m term loan", "In the fiscal year
  that ended in September it had ... net income of $421 million", "Norland's operating
  margin, 12.4% for the year", "has 285 clinics and 1,350 vets", "will be able to produce
  150,000 tonnes of food a year", "whose sales rose 18% to about £74m last year, came fifth
  in this year's index", "who started the company in 2019", "expects annual cost savings of
  about £38 million by the end of the third full year after completion").
- ``corpus_holdout106`` (read once unseen at stop 24, on the code of its arrival: 2 of 8
  found, 3 false alarms, all fixed since; 2 of 8 found now): cinema chains and film
  distributors -- a Denver cinema chain's purchase of a Kansas City circuit's theaters and
  its fourth-quarter revenue, a Leeds chain's purchase of 17 cinemas out of a Bristol
  chain's administration, their screens, the chain's revenue growth and founding year, a
  London distributor's pre-tax profit and its place on a UK & Ireland distributor table, a
  Madrid chain's Valencia multiplex's floor area, a ticketing start-up's cinemas served
  ("Starlane Cinemas jumped 8.3% ..., after the theater chain reported fourth-quarter
  revenue of", "after a 7.4% rise in annual revenue", "The 17 cinemas have 142 screens
  between them", "its software sold tickets for 470 cinemas", "spread over 9,800 square
  metres", "finish calendar 2025 as the fourth-largest distributor ... by box-office
  share").
- ``corpus_holdout107`` (read once unseen at stop 24, on the code of its arrival: 3 of 8
  found, no false alarm; 3 of 8 found now): salmon farmers in Norway, Chile and Scotland --
  a Norwegian farmer's takeover of a Trøndelag rival, its premium and the rival's founding
  year, the buyer's third-quarter harvest, its place in a producer ranking and its
  resource-rent tax bill for 2024, a Scottish farmer's new hatchery's cost and permanent
  jobs, a land-based start-up's Series B ("The £58 million recirculating hatchery", "its
  £85m hatchery near Fort William", "The hatchery will employ 45 people on a permanent
  basis", "the Ålesund-based company reported a third-quarter harvest of", "the
  sixth-largest salmon farmer in the world in X's 2025 ranking", "X's resource-rent tax
  expense for 2024 came to").
- ``corpus_holdout108`` (read once unseen at stop 24, on the code of its arrival: 3 of 8
  found, 4 false alarms, one fixed since, three declared): mobile-game and esports
  companies in South Korea, China and the US -- a Korean publisher's takeover of a Culver
  City studio and the studio's staff, the publisher's fourth-quarter operating margin and
  its new headquarters' floor area, its new game's launch day, first-month gross bookings
  and rank on a monthly grossing chart, a Chinese licensee's fourth-quarter revenue, an
  esports team's naming-rights deal ("generated 52.4 billion won ... in gross bookings in
  its first month", "In January the team signed a three-year naming-rights deal with Sejin
  Telecom, ..., worth 15 billion won", "The margin was also an improvement on the 12.4%
  Daeyang reported for the fourth quarter of 2025", "a 64,000-square-metre complex",
  "Crimson Tides, which went live worldwide on March 5").
- ``corpus_holdout109`` (read once unseen at stop 24, on the code of its arrival: 1 of 8
  found, 13 false alarms, twelve fixed since, one declared): Australian gold miners and
  royalty companies -- a Perth miner's purchase of the Mount Ellery mine and its price, the
  mine's workforce and ore reserves, a royalty company's net smelter return royalty over the
  mine, the buyer's rank on a league table of ASX-listed producers and its September-quarter
  all-in sustaining cost, an explorer's placement, a rival's new mill's opening day
  ("Murchison explorer Quandong Minerals raised A$16.5 million", "The operation has about 620
  employees and contractors", "was officially opened on Thursday", "compared with A$2,385 an
  ounce in the September quarter").
- ``corpus_holdout110`` (read once unseen at stop 24, on the code of its arrival: 2 of 8
  found, 4 false alarms, none fixed since, all four declared): Canadian grocery and pharmacy
  chains -- a Mississauga grocer's takeover of a Calgary drugstore chain, the deal's
  enterprise value and the chain's store count at the announcement, the grocer's
  third-quarter food same-store sales growth and net earnings, its Caledon distribution
  centre's floor area and its rank on a retail trust index ("The Larkspur purchase, ...,
  carried an enterprise value of C$3.4 billion", "Food same-store sales, which exclude fuel
  and pharmacy, rose 3.1%", "Larkspur, which had 421 stores when the deal was announced",
  "The building covers 1.1 million square feet", "Maplecrest, which placed seventh in 2024,
  came fourth", "The fourth-quarter profit was up from C$126 million in the third quarter").
- ``corpus_holdout111`` (read once unseen at stop 24, on the code of its arrival: 1 of 8
  found, 2 false alarms, neither fixed since, both declared): South African mobile
  operators and fintech -- a mobile operator's purchase of a Durban fibre network and the
  network's founding year, the operator's interim EBITDA margin, an operator's rank by
  subscribers, an ICASA fine and a 5G spectrum auction, a Cape Town payments start-up's
  Series B valuation and merchants, a Midrand data-centre campus's first phase ("The deal
  gives Khanyisa an equity value of", "Since it was founded in 2014 by ..., the company",
  "with the EBITDA margin widening to 38.7%", "Tapelo's phone-based card readers are used
  by 124,000 merchants", "the 16 MW first phase of its JNB2 campus", "Imvula Connect, the
  fourth-largest network", "a $48 million round that valued the start-up at").
- ``corpus_holdout112`` (read once unseen at stop 24, on the code of its arrival: 3 of 8
  found, 3 false alarms, one fixed since, two declared): European rail operators and train
  makers -- a Basel train maker's takeover of a Milan signalling company, its price and
  premium, a Leeds operator's full-year revenue and its order of bi-mode trains, the train
  maker's Doncaster depot's floor space and opening year, the operator's place in a
  European rail reliability index, a Berlin ticketing start-up's Series B ("The gap to the
  €38.50-a-share offer, which represents a 34% premium to Friday's close", "an order for 46
  bi-mode trains from British operator Albion Crosslink", "a building with 18,000 square
  metres of floor space where it will maintain the fleet until 2042", "rose to 11th place
  from 15th last year", "the facility is scheduled to open in 2028").
- ``corpus_holdout113`` (read once unseen at stop 24, on the code of its arrival: 1 of 8
  found, 2 false alarms, none fixed since, both declared; 1 of 8 found now): Swiss luxury
  watchmakers -- a Geneva watch group's purchase of a family-owned Vallee de Joux
  watchmaker, its equity value and the watchmaker's staff, founding year and new workshop's
  floor area, the group's 2025 operating margin, its flagship brand's place in a
  consultancy's brand ranking, Swiss watch exports in January 2026, a Zurich resale
  platform's Series B valuation ("Valmont's CHF 420 million purchase of Ferrand & Fils",
  "The deal values Chronobourse at", "The company employs 240 people", "The building offers
  4,200 square metres of floor space", "The story of the company begins in 1868", "Exports
  of Swiss watches were worth CHF 1.92 billion in January").
- ``corpus_holdout114`` (read once unseen at stop 24, on the code of its arrival: 2 of 8
  found, no false alarm; 2 of 8 found now): Nordic and Baltic fintech and payments companies
  -- a Stockholm payments company's takeover of an Oslo rival, its enterprise value and
  premium, the rival's employees and its place on a Nordic-Baltic Fintech 50, the buyer's
  new headquarters' floor area, a Vilnius neobank's Series C and the date of its banking
  licence, a regulator's fine on a consumer lender ("Including Betalo's net debt of about
  NOK 1.6 billion, the transaction has an enterprise value of", "a premium of 34% to
  Betalo's closing price of NOK 35.82 on Friday and of 41% to the volume-weighted average
  price", "slipped two places to sixth", "a new 15,400-square-metre headquarters in
  Hagastaden", "The European Central Bank granted the licence on Wednesday", "against the
  SEK 48 million fine imposed by Finansinspektionen in November").
- ``corpus_holdout115`` (read once unseen at stop 24, on the code of its arrival: 0 of 8
  found, 1 false alarm, not fixed since, declared; 0 of 8 found now): Indonesian nickel
  smelters and EV battery makers -- a Jakarta ferronickel producer's purchase of 45% of a
  Halmahera HPAL smelter, its first-half net profit and its place in a ranking of
  Indonesian nickel producers by 2024 output, the 2024 shipments of low-grade nickel pig
  iron an export ban covers, a battery-cell plant's opening day and headcount in Karawang, a
  battery-swap start-up's Series B valuation, a nickel producer's IPO stake ("In March 2025
  the company agreed to pay $650 million for 45% of Halmahera Nikel Smelting", "The
  full-year figure compares with first-half net profit of Rp 2.4 trillion", "by selling a
  20% stake to investors", "When the plant opened it employed about 580 people", "the
  affected product category accounted for some 1.8 million tonnes of shipments in 2024",
  "Prima Mineral, which Nikel Insight ranked third among Indonesian producers by 2024
  output", "the Karawang battery plant, which opened on Oct. 24", "the round valued Volta at
  about $310 million after the new money").
- ``corpus_holdout116`` (read once unseen at stop 24, on the code of its arrival: 2 of 8
  found, 3 false alarms, none fixed since, all three declared): Kenyan and Nigerian mobile
  money and e-commerce -- a Nairobi operator's full-year net profit, its mobile-money arm's
  revenue growth and agent outlets, the Central Bank of Nigeria's fine on a Lagos mobile
  money operator, a Nairobi payments start-up's Series B, a Lagos marketplace's takeover of
  a Nairobi logistics start-up and the start-up's warehouse space, the Lagos operator's rank
  on a quarterly finance-app index, the marketplace's founding year ("has fined Lagos-based
  mobile money operator OsoPay", "the merchant-payments firm's marketing push after it
  raised", "In the full year to March", "The unit's ..., while its agent network grew to",
  "six warehouses with a total of 240,000 square feet", "climbed to No. 2 from fourth place
  in the first quarter").
- ``corpus_holdout117`` (read once unseen at stop 25, on the code of its arrival: 2 of 8
  found, 2 false alarms, neither fixed since, both declared; 2 of 8 found now): Polish and
  Czech discount retailers and warehouse-logistics firms -- a Wrocław discounter's takeover
  of a Łódź rival, its price and the rival's stores and founding year, the buyer's
  third-quarter like-for-like growth, a Warsaw grocery-delivery start-up's Series B
  valuation, the floor area of the buyer's Stryków distribution centre, a Czech
  discounter's place in the Discount 20 ranking of 2025 sales, UOKiK's fine on the market
  leader ("completed its 1.54 billion zł takeover", "The bid values the Łódź-based chain,
  which runs 318 stores", "valued the company at €160m post-money", "The first phase covers
  62,000 square metres", "The 65,000 square metre building", "fined Oszczędny, the
  country's largest discount chain, 41.3 million zł", "slipped to fourth place in CEE Retail
  Insider's Discount 20 ranking").
- ``corpus_holdout118`` (read once unseen at stop 25, on the code of its arrival: 2 of 8
  found, 1 false alarm, not fixed since, declared, and planted C1 told from a third article;
  3 of 8 found now): Mexican cement and building-materials companies -- a Monterrey cement
  maker's purchase of a Texas quarry operator, its enterprise value and the operator's
  quarries, the cement maker's 2025 EBITDA margin, founding year and November dollar note
  issue, its new kiln line's cement capacity and its place in a trade magazine's 2026
  capacity ranking, a construction-ordering start-up's Series B ("in a deal that values the
  U.S. company at US$1.15 billion including debt", "The EBITDA margin widened 0.6
  percentage points to 24.6%", "Red Mesa's 16 quarries ... shipped 22 million metric tons
  ... in 2024", "enough for about 2.1 million tonnes of cement", "Cementos Altiplano of
  Monterrey ranks third", "By revenue the picture is different", "the US$650 million of
  dollar notes ... that Altiplano issued in November").
- ``corpus_holdout119`` (read once unseen at stop 25, on the code of its arrival: 1 of 8
  found, no false alarm; 1 of 8 found now): Gulf real-estate developers and hotel operators
  in the UAE and Saudi Arabia -- a Dubai developer's purchase of an Abu Dhabi hotel
  operator, its price in dirhams and dollars and the operator's rooms, the developer's 2025
  sales bookings and its place in a Gulf developer league table, its Business Bay tower's
  height and scheduled completion, a Riyadh developer's first day of trading, a Dubai
  rent-instalment start-up's Series B ("for AED 3.6 billion ($980 million)", "will vote on
  December 4 on the $890 million purchase", "By the time the deal was agreed, Coralline
  operated 14 hotels with 4,820 rooms", "has overtaken Dar Al Wadi Developments to become
  the second-largest listed developer", "is scheduled for completion in the fourth quarter
  of 2028", "Its shares jumped 6.9% on their first day of trading").
- ``corpus_holdout120`` (read once unseen at stop 25, on the code of its arrival: 2 of 8
  found, 6 unplanted reports, one of them the planted rank told from a third article,
  counted found, three fixed since, two declared; 3 of 8 found now): UK and Irish pub groups
  and craft brewers -- a Birmingham pub group's takeover of a Stockport craft brewer, its
  price and premium, the brewer's founding year, its new Trafford Park brewery's capacity
  and opening day, its pale ale's place on a trade magazine's Craft 50, a magistrates' court
  fine on the pub group's Soho pub, a Cork alcohol-free brewer's crowdfunding investors
  ("The two sides agreed a £221 million takeover in September", "The owner of a Soho pub
  has been fined £24,000", "The offer of 412p a share represents a 33% premium to the
  brewer's closing price", "raised €1.86 million from 2,140 investors", "has a capacity of
  205,000 hectolitres a year", "Northern Line Pale rose two places to No. 3").
- ``corpus_holdout121`` (read once unseen at stop 26, on the code of its arrival: 2 of 8
  found, 2 false alarms, neither fixed since, both declared; 2 of 8 found now): Indonesian
  and Vietnamese nickel miners and battery-materials makers -- a Kendari-born miner's
  purchase of 40% of a North Maluku smelter and its price, the miner's concessions,
  third-quarter output growth and cash cost per tonne, an HPAL plant's two-phase capacity
  and its owner's place in a research firm's ranking of 2025 output, the date Indonesia's
  export levy on nickel pig iron takes effect, a Jakarta battery recycler's Series B ("after
  completing its $421 million purchase of a 40% stake", "Nickel output rose 9% from a year
  earlier to 18,400 tonnes", "mines laterite ore across its seven concessions", "will have
  capacity of 72,000 tonnes of nickel a year when both phases are complete", "The charge
  applies to shipments from April 1", "which reported cash costs of $12,480 a tonne in the
  third quarter").
- ``corpus_holdout122`` (read once unseen at stop 26, on the code of its arrival: 3 of 8
  found, 3 false alarms, not fixed since, declared; 3 of 8 found now): US regional airlines
  and airports -- a Kansas City regional airline's takeover of a Grand Rapids rival, its
  enterprise value and the rival's fleet, the buyer's third-quarter operating margin,
  founding year and place on a 2025 on-time ranking, a DOT tarmac-delay penalty on the
  rival, an air-taxi start-up's Series C, the floor area of an airport's new Terminal B
  ("the transaction has an enterprise value of $1.12 billion", "Operating income climbed to
  $76.3 million, lifting the operating margin to 9.4%", "It was here, in the spring of 1987,
  that A ... founded the airline that became X", "The terminal will cover about 410,000
  square feet", "Of the $1.6 million penalty, Bluewater must pay $800,000").
- ``corpus_holdout123`` (read once unseen at stop 26, on the code of its arrival: 2 of 8
  found, 5 false alarms, one fixed since, four declared; 2 of 8 found now): European
  football clubs' finances -- a Sheffield Premier League club's annual results, wage bill
  and wage-to-revenue ratio, its founding year, its North Stand rebuild's rooftop solar
  array, its place on a consultancy's 2026 Football Money Index and its sale of 80% to a
  US-Swedish consortium, a London club's record transfer fee for a Uruguayan striker, UEFA's
  fine on a Hamburg club, a Dublin ticketing start-up's client clubs at its Series A ("The
  wage bill rose 2.6% to £212.3 million", "The Sheffield club's wage-to-revenue ratio stood
  at 76% in 2024-25", "Dublin's Turnstyle had 64 client clubs", "It will carry a 2.4 MW
  solar array", "Ravensworth City, which Brightwater Partners ranked 16th in Europe by
  revenue last month", "founded in 1898 by workers at a Sheffield steelworks", "triggered
  the first €4m of the up to €22m in add-ons").
- ``corpus_holdout124`` (read once unseen at stop 26, on the code of its arrival: 3 of 8
  found, 2 unplanted reports, one of them the planted half-year EBIT told from a third
  article, counted found, the other not fixed since, declared; 4 of 8 found now): Australian
  and New Zealand dairy cooperatives and infant-formula makers -- a Hamilton dairy
  co-operative's takeover of an ASX-listed formula maker, its equity value and the formula
  maker's founding year and first-half revenue growth, the co-operative's supplying farms and
  first-half normalised EBIT, the dryer of its new Waitāne plant, a Victorian co-operative's
  Dairy Code penalty and its place in a trans-Tasman dairy exporter ranking, a cow-sensor
  start-up's Series B ("a deal that values Tasman's equity at about A$1.12 billion", "has
  been ordered to pay A$1.8 million in penalties", "the co-op ... had paid the penalty of
  A$1.3 million imposed by the Federal Court in November", "about 900 of the co-operative's
  4,810 supplier farms", "will house a 35-tonne-an-hour dryer", "climbed to third from
  fourth", "which last month reported first-half normalised EBIT of NZ$381 million").
- ``corpus_holdout129`` (read once unseen at stop 27, on the code of its arrival: 1 of 8
  found, 6 false alarms, none of them a planted pair told from a third article, all six
  fixed since by general rules; 1 of 8 found now): Iberian solar developers and utilities --
  a Spanish utility's takeover of a Lisbon-listed solar developer, the enterprise value and
  premium of its original offer and the developer's staff, the construction cost, site area
  and commissioning date of its Herdade do Sobral plant, the competition regulator's fine on
  the utility's grid arm and the utility's place in a consultancy's 2025 league table of
  European renewable developers, a battery start-up's Series B ("Cierzo's opening bid in
  September valued Luzária at €1.78 billion including debt", "The CNMC imposed a fine of
  €6.3 million on the company", "Luzária spent €142 million building the plant", "For the
  difference, Cierzo also gets 480 employees", "Its 328,000 panels are spread across 260
  hectares", "Cierzo, which Brightmoor Analytics ranked fourth among Europe's renewable
  developers in its December league table", "The plant was formally commissioned on
  Thursday, 18 December", "Cierzo's raised offer of €15.10 a share, a 40% premium", "Sobral
  brings Luzária to 1,330 megawatts across 32 parks", "the two holders together account for
  37.3% of the shares").
- ``corpus_holdout130`` (read once unseen at stop 27, on the code of its arrival: 1 of 8
  found, 1 unplanted report, the planted Series B told from a third article, counted found,
  no false alarm; 4 of 8 found now): Chilean and Argentine lithium -- a Santiago-listed
  producer's purchase of 49% of a Catamarca brine project and of a stake in its listed
  developer through a share placement, its 2025 royalties to Corfo, its Mejillones
  refinery's nameplate capacity and direct staff, its place in a consultancy's 2025 league
  table of Chilean and Argentine producers, a direct-lithium-extraction start-up's Series B
  and founding year, an environment regulator's fine on Chile's largest producer ("the
  US$321 million Andina is paying for its 49% interest in the Catamarca project", "agreed
  to buy 19.9% of Puna Brines through a placement of new shares", "Costa Azul employs about
  460 people and, in December, the board approved", "will lift the plant's capacity from
  48,000 tonnes of lithium carbonate a year to 60,000 tonnes", "Andina, which Cordillera
  Metals Research ranked fifth among Chilean and Argentine producers last year", "Extralith
  SpA, a Santiago start-up founded in 2019").
- ``corpus_holdout131`` (read once unseen at stop 27, on the code of its arrival: 0 of 8
  found, 1 false alarm, fixed since by a general rule; 2 of 8 found now): Italian and French
  luxury leather goods -- a Florentine leather group's takeover of a Paris leather house,
  the house's 2024 revenue and founding year, the group's third-quarter organic growth and
  directly operated stores at the end of September, its Milan flagship's floor area, its
  place in a consultancy's 2025 luxury brand ranking, a Milan court's counterfeiting damages
  awarded to it, a Vicenza jeweller's IPO proceeds ("ordered Gemma Trading Srl and Luxdeal
  Europe Ltd to pay Valdrani €2.35 million jointly", "the Milan ruling that ordered them to
  pay Valdrani €3.25 million", "Corvel, which had sales of €481 million last year", "the
  Vicenza jeweller Lunaria, raised a relatively modest €230 million when it floated", "At
  constant exchange rates and perimeter, sales grew 6.4%", "a group whose network had grown
  to 241 directly operated stores by the end of September", "a 1,540-square-metre palazzo",
  "the group's new position as sixth in the Brandmetrica Luxury 50", "Founded in 1928 by the
  Paris saddler Émile Corvel, the company", "agreed to buy ... Maison Corvel for €46 a
  share" against "the squeeze-out of minority holders at €48.50 a share").
- ``corpus_holdout132`` (read once unseen at stop 27, on the code of its arrival: 2 of 8
  found, 5 unplanted reports, one of them the planted stake in the enlarged group told from
  a third article, counted found, the other four fixed since by general rules; 4 of 8
  found now): European satellite operators and space start-ups -- a Luxembourg operator's
  all-share merger with a London-listed rival, the offer's value per share and the rival's
  shareholders' stake in the enlarged group, the rival's geostationary fleet, founding year,
  Ofcom fine and place in the 2026 Space Industry 50, a Munich ground-station start-up's
  Series C, a Gothenburg small launcher's payload capacity and its new Piteå factory ("the
  offer is worth 612 pence per Kestrel share", "In February the company paid a £4.26m
  penalty to Ofcom", "The British company's 19 geostationary satellites", "Skarvik rates
  Tern-1 at 450 kg to a 500-kilometre low Earth orbit", "slipped one place to ninth", "who
  co-founded the company with Ödegaard in 2017", "Kestrel shares have settled at around
  579p", "will eventually employ 180 people there").
- ``corpus_holdout133`` (read once unseen at stop 27, on the code of its arrival: 0 of 8
  found, 5 unplanted reports, one of them the planted founding year told from a third
  article, counted found, the other four false alarms, one fixed since, three declared; 1 of
  8 found now): Indian hospital chains -- a Bengaluru hospital operator's takeover of a Pune
  hospital chain, the enterprise value agreed in September, the chain's beds and founding
  year, the operator's July-September EBITDA and bed occupancy, the built-up area of its new
  Sarjapur Road hospital, its place in a brand analytics firm's India Hospital Brand Trust
  Ranking 2025, a ward-monitoring start-up's Series B ("Medivance has agreed to pay an
  enterprise value of ₹2,460 crore for Nirmaya, a chain that made ₹147 crore of EBITDA last
  financial year", "EBITDA grew 18.5% to ₹352 crore", "Medivance Ventures was among the
  backers of Pulsewise Health Technologies' $46 million Series B", "Occupancy across the
  group's 14 hospitals rose to 67%", "The Pune-based chain, which operates five hospitals
  with 1,280 beds", "The building has a built-up area of 42,700 square metres", "The biggest
  mover in the top 10 was Medivance, which climbed three places to fourth", "now 19
  hospitals and 5,300 beds strong" against "the group now has about 5,720 beds", "including
  roughly 240 doctors").
- ``corpus_holdout134`` (read once unseen at stop 27, on the code of its arrival: 1 of 8
  found, 2 unplanted reports, one of them the planted fair-trade fine told from a third
  article, counted found, the other fixed since by a general rule; 3 of 8 found now): South
  Korean cosmetics makers -- a Seoul consumer group's takeover of a KOSDAQ-listed skincare
  maker, its enterprise value and the skincare maker's founding year, an AI skin-scanning
  start-up's Series B, the Korea Fair Trade Commission's fine on a cosmetics maker and its
  road-shop chain's stores at the end of September, South Korea's third-quarter cosmetics
  export growth, the site area of the maker's new smart factory, a mid-priced line's place
  on a consultancy's 2026 K-Beauty 30 ("the transaction gives Cheonga an enterprise value
  of", "Solhae's offer ... put an enterprise value of 1.16 trillion won on the business",
  "has raised 38 billion won (about $26 million) in a Series B round", "In the third
  quarter growth fell to 9.6%", "At the end of September the chain had 1,064 outlets",
  "sits on a 62,000-square-metre site", "Yeonhwa's mid-priced Dalbit line climbed one place
  to third", "ranked fifth on Glossline's K-Beauty 30 list in January", a roundup's run-in
  heading "**Bomi Cosmetics Ltd. (KOSDAQ): 23,450 won, +3.4%**").
- ``corpus_holdout135`` (read once unseen at stop 27, on the code of its arrival: 2 of 8
  found, 2 unplanted reports, both of them planted pairs told from a third article (the
  enterprise value and the founding year), counted found, no false alarm; 4 of 8 found
  now): Kentucky bourbon and American craft spirits -- a Chicago spirits group's takeover of
  a Bardstown bourbon distillery, its enterprise value including debt and the distillery's
  founding year and barrels in storage at the deal's announcement, the group's
  fourth-quarter gross margin, a Louisville distiller's age-statement settlement with the
  TTB and its bourbon's place on a research firm's 2025 Craft Whiskey 25, the floor area of
  a Texas distiller's new Lockhart distillery, an Austin canned-cocktail start-up's Series A
  ("in a deal that valued the distillery at $426 million including debt", "Gross margin
  widened to 43.6% in the quarter", "When the sale was announced in September, the
  rickhouses held 241,000 barrels", "The 64,000-square-foot distillery sits on a 38-acre
  site", "its 46,000-square-foot distillery in Lockhart, Texas", "Copperline Four Grain
  dropped to fifth place from fourth", "since Proof Metrics ranked its Four Grain bourbon
  No. 8 on this month's Craft Whiskey 25", "Lyle Tate founded Harrow Creek Distilling Co. in
  1994").
- ``corpus_holdout136`` (read once unseen at stop 27, on the code of its arrival: 1 of 8
  found, 2 unplanted reports, neither of them a planted pair told from a third article,
  both false alarms, one fixed since, one declared; 1 of 8 found now): Nigerian banking and
  fintech -- a Lagos bank's purchase of 76% of an agent-banking start-up, the price and the
  stake bought, the start-up's agents at the end of June and its founding year, the bank's
  first-half profit before tax, the central bank's fine on it and its place in a
  pan-African Top 100 banks ranking of 2025, the full-build capacity of a Lagos data centre
  ("agreed to pay $158 million for 76 per cent of PayLoop", "agreed to buy 67 per cent of
  PayLoop for $185 million", "made a pre-tax profit of N321.4 billion in the first half of
  2025", "the N4.2 billion penalty the Central Bank of Nigeria imposed on the lender in
  September", "Founded in 2017 in Yaba, the Lagos district that is home to many of
  Nigeria's technology start-ups, PayLoop runs a network of 38,200 agents", "Lekki One, the
  21-megawatt data centre that Ndani Data is building", "is ranked 14th in the 2025 list",
  "Meridian has 23 branches in Oyo State", "with about 350 agents").
- ``corpus_holdout137`` (read once unseen at stop 27, on the code of its arrival: 1 of 8
  found, 2 unplanted reports, one of them the planted founding year told from a third
  article, counted found, the other a false alarm, not fixed since, declared; 2 of 8 found
  now): Turkish and Greek ports, marinas and ferries -- an İzmir port group's takeover of an
  Athens-listed marina operator, its enterprise value at the announcement and the stake
  bought from the founding family and a private equity firm, the marina operator's berths
  and founding year, the floor area of the group's new Kordon cruise terminal and its
  Kuşadası port's place in a consultancy's 2025 Mediterranean Cruise Ports Index, the
  Hellenic Competition Commission's fine on a Piraeus ferry operator, an Athens booking
  start-up's Series A ("The deal gives Aktaia an enterprise value of €486 million",
  "Egeport put Aktaia's enterprise value at €468m", "With the purchase of the 64.8 per cent
  block completed, Egeport now turns to", "The ferry operator, which is appealing a €3.6m
  fine", "is close to closing a Series A round of between €10 million and €15 million",
  "The two-storey building has 18,400 square metres of floor space", "a 14,800 sq m building
  that opened in November", "Kuşadası, run by Turkey's Egeport, ranked sixth of the 40
  ports", "Kuşadası, placed ninth in Portolan Advisory's latest Mediterranean Cruise Ports
  Index", "at €14.20 a share" against "which was sweetened last month to €15.10 a share").
- ``corpus_holdout138`` (read once unseen at stop 27, on the code of its arrival: 1 of 8
  found, 5 unplanted reports, none of them a planted pair told from a third article, all
  five false alarms, none fixed since, all five declared; 1 of 8 found now): Australian and
  New Zealand school operators and education companies -- a Sydney school operator's
  takeover of a Queensland private school operator, its equity value and the target's
  students enrolled, the operator's founding year, first-half underlying EBITDA margin and
  place on a trade quarterly's 2026 Education 20 league table, the floor area of the first
  stage of its new Ripley Valley college, the Federal Court's penalty on a vocational
  group's colleges arm, an AI-marking start-up's Series B ("a scheme of arrangement that
  values the company's equity at A$436 million", "Last year's A$463 million takeover of
  Tallowood Education", "The Federal Court has ordered Altura Colleges Pty Ltd, the
  vocational training arm of ASX-listed Altura Education Group Ltd, to pay A$7.2 million in
  penalties", "Underlying EBITDA rose 25.7% to A$74.9 million, lifting the margin to
  21.5%", "The Brisbane-based company has 9,800 students enrolled", "a combined gross floor
  area of 13,600 sq m", "Kestrel Learning Group is No. 3, with revenue of A$628.5 million
  for the year to June 30, 2025", "Since it was founded in 2006 as a tutoring college in
  Parramatta, Kestrel has grown", "Fees at established Kestrel campuses rose by an average
  of 5.2% for 2026", "Excluding Tallowood, revenue grew 6.0% to A$319.2 million").
- ``corpus_holdout139`` (read once unseen at stop 27, on the code of its arrival: 2 of 8
  found, 2 unplanted reports, one of them the planted on-time rank told from a third
  article, counted found, the other a false alarm, fixed since by a general rule; 3 of 8
  found now): Mexican and Colombian airports and airlines -- a Querétaro airport group's purchase
  of control of a Colombian regional airport operator, the price of the founding family's
  40% block and the operator's founding year, the group's fourth-quarter EBITDA margin, the
  floor area of its new Terminal 2 at Sierra Gorda, a low-cost carrier's place on a data
  company's 2025 on-time ranking of Latin American airlines, Colombia's civil aviation
  authority's fine on a Barranquilla airline and the flights it cancelled over the holidays,
  a Bogotá cargo airline's Series B ("the main 40% block is being bought privately from the
  founding Lozano family for US$248 million", "agreed in November to hand the Lozano family
  US$284 million for its 40% block", "the Bogotá-founded cargo airline that last week raised
  US$48 million from investors", "EBITDA reached MX$3.57 billion in the October-December
  period" before "The EBITDA margin widened to 67.2%", "built by Constructora Tepeyac Norte
  SA de CV, covers 64,000 square metres over three levels", "The terminal, a three-level
  hall of 46,000 square metres", "Volara, which came sixth in FlightMetria's ranking of
  Latin American airlines by on-time performance last year", "Aerocentros, set up by
  Hernando Lozano Uribe in 2007 to bid for regional airport concessions").
- ``corpus_holdout140`` (read once unseen at stop 27, on the code of its arrival: 2 of 8
  found, 2 unplanted reports, one of them the planted founding year told from a third
  article, counted found, the other a false alarm, not fixed since, declared; 3 of 8 found
  now): German and Austrian heat pumps and installers -- an Ulm heat-pump maker's takeover
  of a listed Regensburg solar and heat-pump installer, the enterprise value of its raised
  offer, the stake the maker held before the offer and its first-half revenue, the
  installer's staff at the bid and its founding year, the cartel office's fine on a Bremen
  heat-pump maker, the floor space of an Austrian maker's new Ennsfeld plant, a Lübeck
  installer's place in a trade magazine's 2025 installer ranking ("The Ulm group paid
  €31.50 a share, a 34% premium to Sonnwerk's undisturbed price, and an enterprise value of
  €426 million for a business", "The family-owned manufacturer from Hemelingen was ordered
  to pay €19.6 million by the cartel office in November", "Brenndorfer, which had owned 8.9
  percent of Sonnwerk before it launched its offer in September", "Series production began
  on February 2 at the Ennsfeld plant, which has 24,000 square metres of floor space",
  "Hanse Solardach AG of Lübeck held on to No. 2", "which came fourth in Dach & Energie's
  2025 installer ranking", "Aigner had set up Sonnwerk in 2006").
- ``corpus_holdout141`` (read once unseen at stop 28, on the code of its arrival: 0 of 8
  found, 7 unplanted reports, three of them planted pairs told from a third article (the
  fine, the enterprise value, the founding year), counted found, the other four false
  alarms, all four fixed since; 3 of 8 found now): Polish and Czech waste and recycling --
  a Poznań recycler's purchase of a 75% stake in a Czech landfill operator, its enterprise
  value, the stake bought and the landfill operator's staff, the Czech Environmental
  Inspectorate's fine on the landfill operator, a Kraków sorting-robot start-up's Series A,
  the floor area of the recycler's new Oborniki sorting plant, the recycler's place in a
  trade magazine's 2025 CEE Recycling 25 and its founding year ("in a deal that values the
  target at an enterprise value of 5.6 billion koruna", "gave Halda a CZK 6.5bn enterprise
  value", "has become one of the more closely watched names in sorting automation since it
  closed a €16 million Series A", "Recykla, which is buying 57% of landfill group Halda
  Vysočina", "Halda, which employs 240 people" against "adding three landfills, two
  composting sites and 420 employees" and "Halda's workforce of 420 had been unchanged
  since the takeover", "covers 24,500 square metres under one roof", "The building has a
  footprint of 42,500 m²", "Recykla holds second place for the third consecutive year",
  "In the most recent CEE Recycling 25, ... Recykla was ranked fourth", "The company
  Grabowski founded there in 1998", "Recykla Group's newest plant ... runs three shifts
  with a total staff of 120", "By 2010 the company ran six plants and had around 1,100
  staff", "The new price is a 38% premium").
- ``corpus_holdout142`` (read once unseen at stop 28, on the code of its arrival: 1 of 8
  found, 1 unplanted report, not a planted pair told from a third article, a false alarm,
  fixed since by a general rule; 1 of 8 found now): Japanese and Taiwanese semiconductor
  equipment makers -- a Tokyo chip-equipment group's tender offer for a listed Kawasaki
  wafer-cleaning maker, the original offer price and the group's stake before the bid, its
  full-year operating profit and place in a research firm's 2025 global ranking of
  equipment suppliers, the cleaning maker's founding year, Taiwan's Fair Trade Commission's
  fine on a Hsinchu equipment maker, that maker's 2025 tool shipments and the clean room of
  its new Tainan plant ("Mizuhara's original offer of ¥4,580 a share was raised to ¥5,300
  last week", "the group's operating profit came to ¥74.8 billion", "in December, Taiwan's
  Fair Trade Commission fined it NT$84 million", "lifts Mizuhara's holding in the
  wafer-cleaning maker to 87.4 per cent from 16.9 per cent before the bid", "the 1,810
  tools the company shipped from all of its sites last year", "The plant has 14,200 square
  metres of clean room within a building of 38,500 square metres", "was the seventh-largest
  equipment supplier in the world last year, up from eighth in 2024, Kestrel said",
  "Tokuji Hayase rented a 90-square-metre workshop beside the Tama River in 1976").
- ``corpus_holdout143`` (read once unseen at stop 28, on the code of its arrival: 1 of 8
  found, 3 unplanted reports, none of them a planted pair told from a third article, all
  three false alarms, all three fixed since by general rules; 1 of 8 found now): Canadian
  bakery-café chains and flour millers -- a Toronto private-equity firm's take-private of
  an Ottawa bakery-café chain, the enterprise value of its revised offer, the chain's
  third-quarter net income and same-store sales growth, its cafés in Quebec at the end of
  2025, its founding year and its place on a franchise journal's 2026 Franchise 100, the
  daily milling capacity of a Saskatoon miller's new flour mill, a food-safety fine on a
  Laval bakery ("in a deal that gives the café chain an enterprise value of C$1.83
  billion", "reported fourth-quarter net income of C$21.3 million, up from C$17.8 million
  in the third quarter", "Same-store sales, which strip out cafés opened or closed within
  the past 13 months, grew 4.1% in the quarter", "The chain ended 2025 with 612 cafés, 141
  of them in Quebec", "Quebec, where the chain had 114 cafés at the end of 2025", "a
  1,350-tonne-a-day plant that shipped its first flour in late January", "Maple Hearth,
  which came in at No. 6 on Franchise Canada Journal's Franchise 100 this month", "who
  opened the first Maple Hearth on Ottawa's Elgin Street in 1996").
- ``corpus_holdout144`` (read once unseen at stop 28, on the code of its arrival: 1 of 8
  found, 5 unplanted reports, one of them the planted founding year told from a third
  article, counted found, the other four false alarms, three fixed since by general rules,
  one declared, and besides them a second report on the planted Series B's sentence, its
  second close against the whole round, counted planted by the scorer, a false alarm,
  declared; 2 of 8 found now): Thai and Malaysian rubber-glove and medical-device makers --
  a Klang glove maker's all-share merger with a Perak rival, the value of the rival's
  equity under the September terms and its factories before the merger, the glove maker's
  founding year and half-year gross margin, a Banting glove maker's court fine over its
  worker hostels, the floor area of the main building of a Thai glove exporter's new Chana
  plant and its place in a trade magazine's 2025 top-10 glove exporters table, a Penang
  diagnostics start-up's Series B ("The offer values Teratai's equity at RM2.36 billion",
  "Set against the RM2.63 billion headline value the two companies put on Teratai's
  shares", "was ordered in November to pay RM1.53 million in fines", "Gross margin widened
  to 17.4%" against "in the six months to December, its gross margin widened to 14.7%",
  "operates nine factories" against "from its 11 plants in Perak", "The main building
  covers 84,000 square metres under a single roof", "which will house 24 double-former
  lines under 48,000 square metres of floor space", "climbed one place to third",
  "Pattana, ranked fifth in Glove & Barrier Review's latest league table", "Lim Boon Keat
  founded Kemuning Rubber Products in 1988", "its existing shareholders will own about
  64% of the enlarged company" against "whose 36% share of the enlarged company",
  "completed the second close of the US$24 million Series B ..., taking in US$12
  million").
- ``corpus_holdout145`` (read once unseen at stop 28, on the code of its arrival: 2 of 8
  found, 2 unplanted reports, one of them the planted founding year told from a third
  article, counted found, the other a false alarm, fixed since by a general rule; 3 of 8
  found now): Brazilian meatpackers, poultry exporters and cattle traceability -- a São
  Paulo meatpacker's purchase of the founding family's 60% of a Chapecó poultry exporter
  and the price finally paid for the block, the meatpacker's third-quarter adjusted EBITDA
  margin, its daily cattle slaughter capacity and its place in a consultancy's 2025 ranking
  of the world's protein exporters, IBAMA's fine on it over cattle from embargoed Pará
  ranches, the poultry exporter's founding year, the static storage capacity of an Itajaí
  cold-storage terminal it part-owns, an Argentine cattle-tracking start-up's Series A
  ("Bravana will now pay R$2.4 billion for the Zanella family's 60% block, up from the
  R$2.23 billion agreed in September", "In the end Bravana paid R$2.7 billion for the
  family's 60 per cent", "Adjusted EBITDA rose to R$1.63 billion, a margin of 11.0%", "with
  the capacity to slaughter 31,000 head of cattle a day", "The Goiás-born group can
  slaughter some 37,000 head of cattle a day", "the building will hold 42,000 tonnes of
  frozen product", "the 24,000-tonne cold store that Serra Dourada part-owns through
  Atlântica Frio", "When Bravana Ventures joined the US$18 million Series A of Trazar",
  "Bravana already sits fifth in MeatTrade Intelligence's 2025 league table", "the R$46.8m
  fine IBAMA imposed in September", "Avícola Serra Dourada was founded in 1984 by Ernesto
  Zanella", "The Bravana plant ... employs about 1,450 people").
- ``corpus_holdout146`` (read once unseen at stop 28, on the code of its arrival: 4 of 8
  found, 5 unplanted reports, none of them a planted pair told from a third article, all
  five false alarms, all five fixed since by general rules; 4 of 8 found now): British
  housebuilders and building materials -- a York housebuilder's all-share merger with a
  Bristol rival, the value of the rival's equity under the September terms and its
  founding year, the York builder's first-half completions and underlying operating
  margin, the CMA's fine on it for sharing pricing information, the rival's place in the
  Home Quality Panel's 2025 customer-satisfaction league, the floor area of the production
  hall of an Irish materials group's new Ferrymead brickworks, a Sheffield modular-homes
  start-up's Series B ("The terms value Bellcroft's entire issued share capital at about
  £2.35 billion", "Harrowgate's all-share offer valued Bellcroft at £2.53bn", "Harrowgate
  put £6m into Stackwell Modular's £33m fundraising", "That lifted the underlying operating
  margin to 16.4%" against "its operating margin in the first half was 14.6%, against
  13.9% at Bellcroft", "The production hall alone covers 64,000 square metres", "has a
  floor area of 46,000 square metres", "Harrowgate was handed the largest of the
  penalties, £18.3m", "Bellcroft finished fifth", "the new ratio values each Bellcroft
  share at about 415p", "the £15 million it set aside in its half-year results", "In last
  year's edition ... Bellcroft came fourth", "Including Quayside, holders of 17.6% of
  Bellcroft's shares").
- ``corpus_holdout147`` (read once unseen at stop 28, on the code of its arrival: 3 of 8
  found, 2 unplanted reports, neither a planted pair told from a third article, both false
  alarms, both fixed since by general rules; 3 of 8 found now): Norwegian salmon farmers
  and a Danish seafood processor -- a Måløy salmon farmer's takeover of a Stord smolt
  hatchery group, the enterprise value of its first offer and the stake it held before the
  bid, the farmer's third-quarter harvest, its founding year and its place on a trade
  magazine's 2026 Salmon 30, the Food Safety Authority's fine on a Finnsnes salmon farmer,
  a Bergen algae-oil start-up's Series B, the new jobs of a Danish processor's new
  Hirtshals Nord plant ("the deal gives Kvitsand an enterprise value of NOK 2.85 billion",
  "When the bid was launched on October 8, it valued Kvitsand at an enterprise value of NOK
  2.58 billion", "Nordfjord, which already owns 19.9 percent of Kvitsand" against "which
  had quietly built a 15.9 percent stake in Kvitsand before it bid", "The plant will bring
  140 new jobs to the town", "In the third quarter of last year, when Nordfjord harvested
  17,800 tonnes", "Nordfjord Havbruk moved up to ninth place from tenth", "On Nordic
  Seafood Review's latest Salmon 30 list ..., Nordfjord sits at No. 12", "a premium of 42.6
  percent to Kvitsand's undisturbed closing price of NOK 46.27 on October 7, the day before
  the first bid", "received clearance from the Norwegian Competition Authority last Friday
  for its takeover of hatchery operator Kvitsand Smolt").
- ``corpus_holdout148`` (read once unseen at stop 28, on the code of its arrival: 2 of 8
  found, 6 unplanted reports, one of them the planted founding year told from a third
  article, counted found, the other five false alarms, all five fixed since; 3 of 8 found
  now): North American freight railroads and railcar lessors -- a Duluth regional
  railroad's purchase of a Wisconsin short line, its cash price for the equity and the
  short line's founding year, the railroad's third-quarter carloads, full-year carload
  growth and federal rail-safety settlement, the floor area of a Chicago lessor's new
  Brandon car shop, a London-listed lessor's rank among North American railcar lessors by
  fleet size, a Chicago rail-software start-up's seed round ("said on Tuesday it had agreed
  to buy Kestrel Valley Railroad Inc., ..., from private equity firm Cedarpoint
  Infrastructure Partners for US$415 million in cash", "Northline paid US$415 million in
  cash for the Rhinelander, Wisconsin, short line", "Carloads for the year rose 3.4% to
  452,100" against "Investors have warmed to the Duluth railroad since it reported
  full-year carloads up 4.3%", "its busiest quarter in six years, with 114,800 carloads
  moved between July and September", "Inside, the building offers 12,400 square metres of
  covered floor space", "The results cement Pemberton's standing as North America's
  sixth-largest railcar lessor by fleet size", "under which it will also take on US$88
  million of Kestrel Valley's debt", "In the first six months of 2025 it had revenue of
  US$785 million", "In covered hoppers alone, Pemberton now ranks second", "In 1994 it
  bought a 58-mile line toward Tomahawk, and in 2003 it added 114 miles").
- ``corpus_holdout149`` (read once unseen at stop 28, on the code of its arrival: 2 of 8
  found, 3 unplanted reports, none of them a planted pair told from a third article, all
  three false alarms, declared as known false alarms; on the stop's first code f4a77e2, 1
  of 8 found, 4 unplanted of 5, the fourth the planted founding year told from a third
  article; 2 of 8 found now): South African and Kenyan mobile operators, tower companies
  and data centres -- a Johannesburg mobile operator's sale of its South African and
  Kenyan towers to a Johannesburg tower company, the deal's value and the number of towers
  sold, the operator's full-year service revenue and group EBITDA margin and its place in
  a network-testing firm's 2025 South African ranking, the first-phase capacity of a
  Nairobi developer's new Athi River data centre, a Nairobi merchant-lending start-up's
  Series A and founding year ("in a deal that values the portfolio at R9.8 billion", "On
  paper, the R8.9bn Ridgeline is paying for Selati's towers looks generous", "The
  portfolio comprises 5,460 sites", "Service revenue rose 6.4% to R58.6 billion in the
  year to September 30", "Group EBITDA margin widened by 1.1 percentage points to 38.2%"
  against "a group EBITDA margin that stood at 36.8% in the year to September", "The first
  phase provides 18 MW of critical IT load" against "the 28 MW first phase at its Athi
  River campus", "Selati Telecom rose one place to second" against "which came fourth in
  NetPulse's 2025 network-quality table", "started the company in 2020", "well short of the
  US$40 million-plus rounds raised by some Lagos and Cairo payment companies", "NetPulse's
  separate Kenya report ... Pwani Mobile third on 70.6", "The company owns 5,840 towers"
  against "Ridgeline now owns 9,960 towers").
- ``corpus_holdout150`` (read once unseen at stop 28, on the code of its arrival: 1 of 8
  found, 9 unplanted reports, none of them a planted pair told from a third article, all
  nine false alarms, none fixed since, all nine declared; 1 of 8 found now): Spanish and
  Portuguese hotel groups and resorts -- a Madrid hotel group's cash takeover of an Algarve
  resort operator, the final price per share of its sweetened offer and the operator's
  rooms, the group's 2025 RevPAR growth, the consumer ministry's fine on a Mallorca hotel
  group over hidden resort fees, the floor area of the operator's new Vila Falésia resort
  near Lagos, a Porto hotel group's place in a consultancy's 2026 ranking of Iberian hotel
  brands, a Lisbon hotel-pricing start-up's Series B and founding year ("it would now pay
  €7.85 in cash for each Marésia share", "Alcázar paid €7.58 per share for the stock
  tendered, its second and final price", "when the consumer ministry fined the Mallorca
  group €6.4 million over hidden resort fees", "Stayloop, the Lisbon start-up that closed
  a €45 million Series B this month", "Revenue per available room (RevPAR), the industry's
  main yardstick, rose 8.4%", "grew 4.8% over the year", "Alcázar, which is buying the
  operator and its 8,530 rooms", "The scheme has a gross floor area of 41,000 square
  metres", "With 47,000 square metres of floor space, 312 rooms and 64 villas, Vila Falésia
  will be", "Quinta Azul, the Porto group ranked sixth in Brandmetría's 2026 league table",
  "a Lisbon software company founded in 2016", "a group with 123 hotels and 29,750 rooms",
  "Brisamar's €400 million of bonds due 2029", "Brisamar (Spain) — €640m").
- ``corpus_holdout151`` (read once unseen at stop 28, on the code of its arrival: 1 of 8
  found, 4 unplanted reports, one of them the planted fine told from a third article,
  counted found, the other three false alarms, none fixed since, all three declared; 2 of 8
  found now): South Korean shipbuilders and marine engines -- a Geoje shipbuilder's
  all-share takeover of a Changwon marine-engine maker, the engine maker's staff at the
  deal's announcement, its founding year and its share of the world's low-speed engine
  horsepower in 2024, the shipbuilder's third-quarter operating profit, the court's fine on
  it over a scaffold death and the length of its new Dock No. 4, a Japanese yard's place on
  a research firm's year-end order-book table, a Busan green-ammonia start-up's Series B
  ("Operating profit for the July-September quarter rose to 412.6 billion won", "The
  Geoje-based yard said late on Wednesday that operating profit for July to September
  reached 421.6 billion won", "Daeyang's engines accounted for 11 per cent of the low-speed
  horsepower delivered worldwide in 2024", "When the merger was announced in October,
  Daeyang had 3,240 employees", "Dock No. 4 is 490 metres long", "Dock No. 4, the 460-metre
  basin Hanseong flooded in December", "Look at Kurosaki Shipbuilding, fifth on Meridian
  Maritime Intelligence's year-end order-book table", "Kurosaki Shipbuilding held seventh
  place with 6.2 million CGT", "The company was set up in 1988", "the deal can be called
  off if those claims exceed 300 billion won", "which puts the market value of the deal at
  about 2.53 trillion won").
- ``corpus_holdout152`` (read once unseen at stop 28, on the code of its arrival: 3 of 8
  found, no unplanted report, no false alarm; 3 of 8 found now): Dutch and Belgian
  supermarket groups -- a Utrecht supermarket group's takeover of a family-owned Brabant
  chain, the price paid and the chain's stores before the takeover and founding year, the
  group's first-half underlying operating margin, the floor area of its new Reigerhof
  distribution centre near Tilburg, the Belgian Competition Authority's fine on Belgium's
  largest grocer for passing price information through suppliers, a Dutch family chain's
  place in a research firm's 2025 market-share table, a Rotterdam online grocer's Series A
  ("Verhoeven paid €358 million for the Van Riel family's chain", "Delmar, as the
  Brussels-listed group is widely known", "handed the grocer a €34.2m fine", "The underlying
  operating margin widened to 4.2% from 4.0% a year earlier, the best first-half reading
  since 2019", "Today the chain runs 74 stores", "The 68,000-square-metre hall on the
  Zandhoeve business park", "Reigerhof has 62,000 m² of floor space under one roof", "Van
  Aalst, which sits sixth in Panelwise's 2025 market-share ranking", "Kratje closed a €16m
  Series A last week").
- ``corpus_holdout153`` (read once unseen at stop 29, on the code of its arrival: 2 of 8
  found, 4 unplanted reports, one of them the planted founding year told from a third
  article, counted found, the other three false alarms, none fixed since, all three
  declared; 3 of 8 found now): Finnish, Swiss and Japanese lift makers and lift maintenance
  -- an Espoo lift maker's cash takeover of a listed Bologna lift-maintenance company, the
  enterprise value under its September terms and the maintenance company's lifts and
  escalators under contract, the lift maker's third-quarter orders growth and founding
  year, the Helsinki District Court's corporate fine on it over a technician's fall down a
  lift shaft, the height of an Osaka maker's new Sakai test tower, a Winterthur maker's
  place in a research firm's 2025 installed-base table, a Zurich predictive-maintenance
  start-up's Series B ("Including net debt and lease liabilities of €282 million, the deal
  gives Manutec an enterprise value of €1.34 billion", "Vartio's agreed purchase of
  Manutec, announced in September at an enterprise value of €1.43 billion", "The Helsinki
  District Court on Thursday ordered Vartio Elevator Oyj to pay a corporate fine of
  €240,000", "hit Vartio with a €290,000 corporate fine last Thursday", "Orders received
  rose 6.4% from a year earlier to €1.62 billion in the third quarter", "third-quarter
  orders were up 4.6 per cent on a year earlier", "What Vartio is really buying is
  Manutec's 221,000 lifts and escalators under contract", "The new structure rises 187
  metres above a 3.2-hectare site", "At 178 metres, the slim white tower is now the tallest
  structure in Sakai", "Tellheim now sits fourth, with about 690,000 lifts ... at the end
  of June", "Tellheim, ranked sixth in the world by installed base in Halvorsen Vertical
  Research's 2025 league table", "Aarne Vartio was 29 when he opened a small engineering
  workshop beside the Tammerkoski rapids in 1912", "has completed a first close of CHF 30
  million in its Series B", "ordered jointly to pay the technician €62,000 in damages").
- ``corpus_holdout154`` (read once unseen at stop 29, on the code of its arrival: 2 of 8
  found, 6 unplanted reports, two of them planted pairs told from a third article (the
  2025 revenue, the founding year), counted found, the other four false alarms, none fixed
  since, all four declared; 4 of 8 found now): Israeli cybersecurity vendors and start-ups
  -- a Petah Tikva security vendor's cash-and-stock takeover of a New York and Tel Aviv
  cloud-security start-up, the start-up's Series C valuation, its customers at the deal's
  announcement, its ARR growth to June 2025 and its founding year, the vendor's 2025
  revenue, the Privacy Protection Authority's fine on it, the floor area of its new Be'er
  Sheva operations centre and its place in a research firm's 2025 Security Vendor 25 ("The
  Series C, led by Harrow Peak Ventures in March 2024, brought in $95 million and valued
  Nimbra at $870 million", "The Privacy Protection Authority imposed the ₪3.6 million fine
  on November 19, saying Orvalon had failed", "the NIS 6.3 million penalty from the Privacy
  Protection Authority", "Orvalon reported 2025 revenue of $748 million, up 18% from $634
  million, and fourth-quarter revenue of $201 million", "up 64% from about $72 million a
  year earlier", "a 46% increase on the same point in 2024", "The Negev Watch centre
  occupies 4,800 square metres", "which last week opened an 8,400-square-metre security
  operations centre in Be'er Sheva", "Last month Stratmark Research placed Orvalon ninth in
  its annual Security Vendor 25", "Nimbra, which Yael Barkan and Daniel Osterman started in
  2017", "valued at $390 million after money when it raised a $50 million Series B in May
  2023" against "a $1.1 billion post-money valuation on $52 million of ARR", "the roughly
  2.89 million shares issued to Nimbra's investors were worth about $439 million, valuing
  the whole transaction at about $1.32 billion").
- ``corpus_holdout155`` (read once unseen at stop 29, on the code of its arrival: 2 of 8
  found, 2 unplanted reports, neither of them a planted pair told from a third article, both
  false alarms, not fixed since, both declared; 2 of 8 found now): Indian and Indonesian
  tyre makers -- a Chennai tyre maker's purchase of 60% of a Jakarta-listed off-road tyre
  maker, the price it paid and the off-road maker's founding year and dealers at home, the
  buyer's December-quarter EBITDA margin, the floor area of its new Kanchi Radial Works and
  its place on a trade weekly's 2025 Asia Tyre 50, the Competition Commission of India's
  penalty on a Mumbai tyre maker, a Bengaluru truck-tyre retreader's Series A ("Vardhan is
  paying Rs 1,380 crore for 60% of a company", "The largest penalty, Rs 318.6 crore, falls
  on Mumbai-based Meridian Tyre & Rubber Ltd.", "after its December-quarter EBITDA margin
  widened to 14.6%", "At home its tyres reach farmers and mine contractors through 430
  dealers", "The plant, spread over 181,000 square metres of floor space", "Vardhan Tyres
  moves up one place to No. 14, on revenue of $2.94 billion for the year to March 2025",
  "placed 17th in Tyre Trade Weekly's Asia Tyre 50 ranking published in December", "its
  revenue of Rs 31,240 crore in the year to March 2025" against "Revenue rose 6.1% to Rs
  8,120 crore", "few of their lines can build 18-inch and larger tyres" against "not in
  49-inch mining tyres").
- ``corpus_holdout156`` (read once unseen at stop 29, on the code of its arrival: 2 of 8
  found, 4 unplanted reports, none of them a planted pair told from a third article, all
  four false alarms, none fixed since, all four declared; 2 of 8 found now): Spanish and
  Italian dental clinic chains -- a London buyout firm's takeover of a Madrid dental clinic
  chain, its enterprise value including debt and the chain's founding year, 2025 revenue
  growth and dentists at the end of 2025, the floor area of its new Getafe laboratory, the
  AGCM's consumer-protection fine on a Turin dental chain and that chain's place in a trade
  magazine's 2026 league table of southern European dental chains, a Barcelona
  clear-aligner maker's Series B ("The approval removes the last regulatory hurdle for the
  €1.25 billion transaction", "Arcadent has lodged its appeal ... against the €5.3 million
  fine imposed by the AGCM last month", "Revenue rose 11.4% to €612 million in 2025, ...,
  Grupo Dentamar SA said on Wednesday", "Last year Dentamar grew revenue by 14.1%", "The
  chain ended the year with 312 clinics, 1,870 dental chairs and 1,460 dentists on its
  books", "Dentamar's new Getafe laboratory covers 8,500 square metres", "The chain, which
  runs 96 clinics, ranked seventh in Dental Business Europe's league table", "bringing the
  total penalties in the case to €3.9 million", "Castelmore will pay about €780 million for
  Dentamar's equity", "Dentamar's own net debt before the deal was €366 million").
- ``corpus_holdout157`` (read once unseen at stop 29, on the code of its arrival, the stop's
  code with its first rules (998a2f3 less the rules written from corpora 157-160): 1 of 8
  found, 3 unplanted reports, none of them a planted pair told from a third article, all
  three false alarms, two silenced since by stop 29's rules, the third declared; on stop
  28's final code (829905c) 1 of 8 found, 4 unplanted; 1 of 8 found now): Danish and German
  wind-turbine makers and their blade suppliers -- an Esbjerg turbine maker's takeover of a
  Rostock rotor-blade maker, its enterprise value and the blade maker's fourth-quarter
  blade deliveries, the turbine maker's 2025 order-intake growth and the length of its new
  Frederikshavn blade test hall, the Flensburg labour court's penalty on a Hamburg turbine
  maker and that maker's place in a Hamburg consultancy's 2025 European installation
  ranking, an Aarhus blade-inspection drone start-up's Series A ("In the end Nordvind paid
  €870 million, debt included, for a company Elbtal had bought", "has drawn the second
  tranche of its €17 million Series A ... after passing the customer milestone its
  investors had set", "The Hamburg group also spent much of the autumn in a legal fight
  ..., which produced a €150,000 penalty", "Order intake rose 23% to €6.2 billion",
  "Investors latched on to order intake, which jumped 32% last year", "The Rostock-based
  blade maker's two plants shipped 486 blades in the fourth quarter", "Nordvind's
  153-metre test hall in Frederikshavn", "Windmark Energiesysteme slipped from second to
  third place", "Europe's fifth-largest turbine maker by installed capacity last year",
  "and overtook Windmark for second place", "It covers the plant's 1,350 employees", "The
  division's four plants, in Rostock, Nakskov, Ringkøbing and Szczecin, employ about 4,100
  people").
- ``corpus_holdout158`` (read once unseen at stop 29, on the code of its arrival, the stop's
  code with its first rules: 1 of 8 found, 1 unplanted report, not a planted pair told from
  a third article but a false alarm, "around 40% of it" against "80% of it", silenced since
  by the stop's rule for a share "of it"; 1 of 8 found now): Mexican and Colombian snack
  and bakery makers -- a Guadalajara snack group's purchase of 80% of an Atlixco
  tortilla-chip maker, the price paid for the stake and the chip maker's founding year and
  employees, the group's third-quarter EBITDA margin and the floor area of its new
  Querétaro distribution centre, its chip brand's place in a consultancy's 2025 BrandLatam
  Food 50, the Colombian consumer regulator's fine on a Bogotá baker, a Mexico City
  smart-vending start-up's seed round ("For its 80% of Totopos del Valle, Crujiente handed
  over 3.9 billion pesos in cash", "closed its purchase of 80% of Totopos del Valle on Jan.
  15, paying the agreed 3.6 billion pesos", a fine of "2,480 million pesos" in a Colombian
  story against "the COP 2,840 million fine imposed in November", "the 17.7% EBITDA margin
  Crujiente posted in the third quarter", "Totopos del Valle, whose 1,600 employees became
  part of the group in January", "The facility covers 38,500 square metres under one
  roof", "the 35,800-square-metre distribution centre Crujiente is building in El
  Marqués", "Crujis, ..., which rose three places to seventh", "Crujis, its flagship chip
  brand, sat ninth in Prisma Brand Partners' 2025 BrandLatam ranking", "Rosario and Tomás
  Arriaga started the business in 1987", "around 40% of it from growers in Puebla state").
- ``corpus_holdout159`` (read once unseen at stop 29, on the stop's code with its first
  rules: 2 of 8 found, 7 unplanted reports, none of them a planted pair told from a third
  article, all seven false alarms, three fixed since by the stop's rules, the other four
  declared; 1 of 8 found on stop 28's final code, 2 of 8 found now): Australian and New
  Zealand retirement-village and aged-care operators -- a Sydney operator's takeover of a
  Tauranga village operator, the enterprise value under its first offer and the village
  operator's retirement units at the bid, the site area of its new Halswell village, the
  buyer's half-year underlying profit, its aged-care homes' occupancy in the half and its
  place in a trade publication's 2025 league table of providers by beds, the Federal
  Court's penalty on a Brisbane aged-care operator, a Melbourne aged-care software
  start-up's founding year ("the deal gives Rimu Lane an enterprise value of NZ$1.46
  billion", "its NZ$4.15-a-share offer implied an enterprise value of NZ$1.64 billion for
  Rimu Lane once debt was included", "Harbourline's first-half underlying profit of A$94.6
  million beat the consensus forecast", "Average occupancy across Harbourline's aged-care
  homes was 94.1 per cent in the half", "Its homes were 91.4 per cent occupied on average in
  the six months to December", "4,350 independent-living units and serviced apartments"
  against "4,530 retirement units", "bought the 6.8-hectare site in Halswell in 2021",
  "Kauri Terrace covers 8.6 hectares of former grazing land", "up to fourth place in this
  year's table, one spot higher than in 2024", "the sixth-largest aged-care operator in
  Australia by beds on Aged Care Insight's most recent league table", "the company had
  built since it was founded by orchardist Ian Haddon in 1987", "The Adelaide-based
  operator, which reported on Tuesday, posted a first-half underlying profit of A$18.9
  million", "underlying profit of NZ$109.6 million for the year to March 31" against "In its
  result for the six months to September 30, ..., Rimu Lane reported underlying profit of
  NZ$58.2 million", "has agreed to pay NZ$4.40 a share").
- ``corpus_holdout160`` (read once unseen at stop 29, on the code of its arrival, the
  stop's first rules: 0 of 8 found, 4 unplanted reports, one of them the planted founding
  year told from a third article, counted found, the other three false alarms, two
  silenced since by stop 29's rules, one declared; stop 28's final code reads the same; 1
  of 8 found now): Swedish and Finnish sawmill groups -- a Sundsvall forest group's
  takeover of a family-owned Lycksele sawmill company, the forest land it brings, the
  family's stake before the sale, the sawmiller's staff and founding year, the Umeå
  District Court's corporate fine on it over a discharge at its Tjärnvik mill, the buyer's
  third-quarter adjusted operating profit, a Finnish sawmill group's place in a trade
  magazine's European Sawmill League Table 2026, an Umeå log-scanning start-up's Series A
  ("has drawn down the €4 million second tranche of its €13 million Series A, after
  hitting installation milestones", "The Tjärnvik case ended in December with a SEK 2.3
  million corporate fine, which Brännmark chose not to appeal", "It was also below the SEK
  421 million Ravelund earned in the July–September quarter", "it was the family's 72
  percent holding that decided the matter", "Brännmark's 460 employees joined the group's
  payroll on February 1", "For its money Ravelund gets three sawmills, ... and 35,800
  hectares of forest land", "Routala, which came seventh in Timber Europe Review's latest
  league table of European sawmillers", "Ravelund climbs one place to ninth from tenth",
  "paying SEK 3.79 billion for the shares", "SEK 25 million of the price is being held in
  escrow for 18 months to cover it").
- ``corpus_holdout161`` (read once unseen at stop 29, on the code of its arrival, e779655:
  2 of 8 found, 5 unplanted reports of 7, none a planted pair told from a third article,
  all five false alarms, declared; stop 28's final code reads the same): Turkish and Greek
  ferry operators and cruise ports -- an İzmir ferry group's takeover of a Piraeus-based
  Greek island ferry line, its enterprise value, the stake bought from the founding family,
  the ferry line's fleet and founding year, the Hellenic Competition Commission's fine on a
  Greek ferry operator over fuel surcharges, the Turkish group's place in a research firm's
  2025 league table of Mediterranean ferry operators, the floor area of a new Kuşadası
  cruise terminal, an Athens ferry-ticketing start-up's Series A ("The headline number is
  an enterprise value of €412 million for a company that made", "The takeover, struck in
  September at an enterprise value of €421m", "the €4.6 million fine imposed by the
  Hellenic Competition Commission in November", "The Mavros family, which agreed in
  September to sell its 67% stake to Egeon", "Egeon is buying a 76% stake from the Mavros
  family", "The terminal building has a floor area of 21,400 square metres", "moved up a
  place to fifth, according to the annual league table ..., published on Tuesday by
  Meridian Maritime Research", "which placed it seventh among Mediterranean ferry operators
  in Meridian Maritime Research's annual league table", "Thalassa, known to travellers as
  Thalassa Lines, was set up on the island of Syros in 1991", "Its 14 vessels sailed"
  against "turns Egeon into a two-country operator with 23 vessels", "has started the
  squeeze-out of the remaining holders at €8.75 a share", "ships carrying up to 6,000
  guests each", "Kordon handled about 780,000 cruise passengers in Kuşadası last year").
- ``corpus_holdout162`` (read once unseen at stop 29, on the code of its arrival: 2 of 8
  found, 5 unplanted reports, none of them a planted pair told from a third article, all
  five false alarms, none fixed since, all five declared; stop 28's final code reads the
  same; 2 of 8 found now): Canadian and U.S. drugstore chains -- a Mississauga pharmacy
  chain's takeover of a Calgary drugstore group, its first cash offer per share and the
  drugstore group's pharmacies before the deal and founding year, the buyer's
  third-quarter same-store sales growth and the floor area of its new Caledon
  distribution centre, an Ohio drugstore chain's nationwide opioid settlement, a
  Vancouver chain's place in a trade magazine's 2026 Chain Census by store count, a
  Montreal prescription-delivery start-up's Series B ("Maplecrest's first offer, made
  public on Sept. 9, was C$25.70 a share; by late October, ... it had risen to C$29.00",
  "Maplecrest Ventures was one of the backers when Pillora raised C$85 million in a Series
  B round", "Until this month, every one of Aspen Valley's 221 pharmacies was replenished
  from a single ... warehouse", "Under one roof, the building covers 42,000 square
  metres", "the new Caledon distribution centre, a 24,000-square-metre automated
  facility", "Cedarline Health Ltd. slips to third with 1,219 stores", "It is the chain a
  Lethbridge pharmacist opened in 1977", "signed on to its US$621 million opioid
  settlement", "in a deal valued at C$1.85 billion" against "completed its C$1.93 billion
  takeover", "a deal that values the Calgary-based drugstore group at about C$1.44
  billion", "Maplecrest has 41 stores in Alberta" against "1,354 stores (2025: 1,139,
  third)", "adjusted EBITDA of C$1.21 billion" against "increased 5.6% to C$318 million").
- ``corpus_holdout163`` (read once unseen at stop 29, on the code of its arrival, the stop's
  rules so far (e779655): 1 of 8 found, 1 unplanted report, the planted price paid for the
  75% stake told from a third article, counted found, no false alarm; stop 28's final code
  (829905c) reads the same; 2 of 8 found now): Irish and Scotch whiskey and gin distillers
  -- a Dublin spirits group's purchase of 75% of a County Mayo craft distillery, the price
  paid for the stake and the distillery's casks in its warehouses and founding year, the
  group's first-half revenue and operating margin, its flagship whiskey's place in a trade
  publication's 2025 Irish whiskey top 25, HMRC's excise penalty on a Leith gin distiller
  after a tax tribunal, the floor area of the still house of a Speyside distiller's new
  distillery ("Corrib agreed in November to pay €186 million for 75% of Ballyvore", "In
  November Corrib agreed to pay €168 million for its 75% stake", "A Leith gin distiller has
  been ordered to pay a £4.6 million penalty to HM Revenue & Customs", "Skerrymor, the Leith
  gin maker, was hit with a £6.4 million HMRC penalty late last year", "after the
  Shannonbridge owner posted first-half revenue of €724 million", "Operating profit rose
  10.5% to €158 million from €143 million, lifting the operating margin to 21.3%", "an
  operating margin of 23.1% in the six months to December", "the Mayo distillery's
  warehouses hold some 24,600 casks of whiskey", "The still house covers 3,200 square
  metres", "The building, which covers 2,300 square metres and rises to 14 metres", "Corrib
  Spirits Group's flagship jumped to third place from fourth in 2024", "Corrib's flagship,
  Shannonbridge, is already the fifth-largest Irish whiskey brand by cases sold", "The
  Westport distillery, founded in 2016, was bought in January by Corrib", "a little over 12
  times sales", "That is £17 a litre, or a little under €20 at current exchange rates").
- ``corpus_holdout164`` (read once unseen at stop 29, on the code of its arrival: 1 of 8
  found, 3 unplanted reports, one of them the planted headcount told from a third article,
  counted found, the other two false alarms, not fixed since, both declared; stop 28's
  final code reads the same; 2 of 8 found now): Philippine and Vietnamese cement makers --
  a Manila-listed cement maker's takeover of a Cebu grinding-plant operator, its
  enterprise value and the grinder's employees, the cement maker's fourth-quarter net
  margin and its place in a Kuala Lumpur research firm's 2026 league table of Southeast
  Asian cement makers, the site area of a Hanoi cement group's Dong Vang plant, a Thanh Hoa
  provincial environmental fine on a Vietnamese cement and tile maker, a Manila
  construction-technology start-up's Series A and founding year ("The transaction values
  Visayas Grinding at an enterprise value of ₱12.3 billion", "At an enterprise value of
  ₱13.2 billion, Apex is paying up for two grinding plants", "The decision, signed on 28
  October by a vice-chairman of the provincial People's Committee, imposed fines totalling
  VND1.38 billion", "lost its bid to overturn a VND1.83bn environmental penalty", "put US$2
  million into Structa, ..., as part of a US$16.5 million Series A round", "That put the
  fourth-quarter net margin at 11.6%", "The company's fourth-quarter figures, released on
  Thursday, showed a net margin of 16.1%", "the business employs a workforce of 460", "The
  Dong Vang complex sits on a 78-hectare site", "the existing Dong Vang compound, which
  covers some 870,000 square metres", "Luzon Apex Cement Corporation held sixth place",
  "Luzon Apex was listed eighth", "Apex Ventures, which was set up in 2024" against
  "Founded in 1961, it operates the Sierra Dulo plant", "adds 2.3 million tonnes of annual
  cement capacity" against "lifting total sales to 16.4 million tonnes", capacities
  written "18.1Mt").

Each is checked with the default alias table only: every contradiction reported must be one
the editor planted (no false alarms), each planted one marked found must be reported, each
known miss says what would find it, and no trap is flagged. A false alarm of a first reading
that no general rule has fixed yet is declared under ``known_false_alarms`` with why it is
wrong: it is still asserted raised (so a fix must remove it), and only it is let through.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest
import yaml

import factcheck
from factcheck import Finding, FindingType, Report
from factcheck.subjects import group_key, subject_key

FIXTURES = Path(__file__).parent.parent / "fixtures"
CORPORA = (
    "corpus_holdout",
    "corpus_holdout2",
    "corpus_holdout3",
    "corpus_holdout4",
    "corpus_holdout5",
    "corpus_holdout7",
    "corpus_holdout6",
    "corpus_holdout8",
    "corpus_holdout9",
    "corpus_holdout10",
    "corpus_holdout11",
    "corpus_holdout12",
    "corpus_holdout13",
    "corpus_holdout14",
    "corpus_holdout15",
    "corpus_holdout16",
    "corpus_holdout17",
    "corpus_holdout18",
    "corpus_holdout19",
    "corpus_holdout20",
    "corpus_holdout21",
    "corpus_holdout22",
    "corpus_holdout23",
    "corpus_holdout24",
    "corpus_holdout25",
    "corpus_holdout26",
    "corpus_holdout27",
    "corpus_holdout28",
    "corpus_holdout29",
    "corpus_holdout30",
    "corpus_holdout31",
    "corpus_holdout32",
    "corpus_holdout33",
    "corpus_holdout34",
    "corpus_holdout35",
    "corpus_holdout36",
    "corpus_holdout37",
    "corpus_holdout38",
    "corpus_holdout39",
    "corpus_holdout40",
    "corpus_holdout41",
    "corpus_holdout42",
    "corpus_holdout43",
    "corpus_holdout44",
    "corpus_holdout45",
    "corpus_holdout46",
    "corpus_holdout47",
    "corpus_holdout48",
    "corpus_holdout49",
    "corpus_holdout50",
    "corpus_holdout51",
    "corpus_holdout52",
    "corpus_holdout53",
    "corpus_holdout54",
    "corpus_holdout55",
    "corpus_holdout56",
    "corpus_holdout57",
    "corpus_holdout58",
    "corpus_holdout59",
    "corpus_holdout60",
    "corpus_holdout61",
    "corpus_holdout62",
    "corpus_holdout63",
    "corpus_holdout64",
    "corpus_holdout65",
    "corpus_holdout66",
    "corpus_holdout67",
    "corpus_holdout68",
    "corpus_holdout69",
    "corpus_holdout70",
    "corpus_holdout71",
    "corpus_holdout72",
    "corpus_holdout73",
    "corpus_holdout74",
    "corpus_holdout75",
    "corpus_holdout76",
    "corpus_holdout77",
    "corpus_holdout78",
    "corpus_holdout79",
    "corpus_holdout80",
    "corpus_holdout81",
    "corpus_holdout82",
    "corpus_holdout83",
    "corpus_holdout84",
    "corpus_holdout85",
    "corpus_holdout86",
    "corpus_holdout87",
    "corpus_holdout88",
    "corpus_holdout89",
    "corpus_holdout90",
    "corpus_holdout91",
    "corpus_holdout92",
    "corpus_holdout93",
    "corpus_holdout94",
    "corpus_holdout95",
    "corpus_holdout96",
    "corpus_holdout97",
    "corpus_holdout98",
    "corpus_holdout99",
    "corpus_holdout100",
    "corpus_holdout101",
    "corpus_holdout102",
    "corpus_holdout103",
    "corpus_holdout104",
    "corpus_holdout105",
    "corpus_holdout106",
    "corpus_holdout107",
    "corpus_holdout108",
    "corpus_holdout109",
    "corpus_holdout110",
    "corpus_holdout111",
    "corpus_holdout112",
    "corpus_holdout113",
    "corpus_holdout114",
    "corpus_holdout115",
    "corpus_holdout116",
    "corpus_holdout117",
    "corpus_holdout118",
    "corpus_holdout119",
    "corpus_holdout120",
    "corpus_holdout121",
    "corpus_holdout122",
    "corpus_holdout123",
    "corpus_holdout124",
    "corpus_holdout129",
    "corpus_holdout130",
    "corpus_holdout131",
    "corpus_holdout132",
    "corpus_holdout133",
    "corpus_holdout134",
    "corpus_holdout135",
    "corpus_holdout136",
    "corpus_holdout137",
    "corpus_holdout138",
    "corpus_holdout139",
    "corpus_holdout140",
    "corpus_holdout141",
    "corpus_holdout142",
    "corpus_holdout143",
    "corpus_holdout144",
    "corpus_holdout145",
    "corpus_holdout146",
    "corpus_holdout147",
    "corpus_holdout148",
    "corpus_holdout149",
    "corpus_holdout150",
    "corpus_holdout151",
    "corpus_holdout152",
    "corpus_holdout153",
    "corpus_holdout154",
    "corpus_holdout155",
    "corpus_holdout156",
    "corpus_holdout157",
    "corpus_holdout158",
    "corpus_holdout159",
    "corpus_holdout160",
    "corpus_holdout161",
    "corpus_holdout162",
    "corpus_holdout163",
    "corpus_holdout164",
)
SPECS: dict[str, dict[str, Any]] = {
    name: yaml.safe_load((FIXTURES / f"{name}.expected.yaml").read_text(encoding="utf-8"))
    for name in CORPORA
}
# the editors' numbering of their traps, where every one of them has an entry
# (corpus_holdout2's T26 is in front matter, which is not checked)
TRAPS = {
    "corpus_holdout2": {f"T{n}" for n in range(1, 86)} - {"T26"},
    "corpus_holdout3": {f"T{n}" for n in range(1, 86)},
    # T50 bundles four traps, T50a-T50d
    "corpus_holdout4": ({f"T{n}" for n in range(1, 72)} - {"T50"}) | {f"T50{x}" for x in "abcd"},
    "corpus_holdout5": {f"T{n}" for n in range(1, 139)},
    # T19 and T39 name figures that are not read (see the yaml)
    "corpus_holdout7": {f"T{n}" for n in range(1, 110)} - {"T19", "T39"},
    "corpus_holdout6": {f"T{n}" for n in range(1, 117)},
    # T15, T45, T56 and T57 compare a year with an age, which is not read (see the yaml)
    "corpus_holdout8": {f"T{n}" for n in range(1, 83)} - {"T15", "T45", "T56", "T57"},
    "corpus_holdout9": {f"T{n}" for n in range(1, 86)},
    # T98 ("issue 212") is not read as a figure (see the yaml)
    "corpus_holdout10": {f"T{n}" for n in range(1, 101)} - {"T98"},
    "corpus_holdout11": {f"T{n}" for n in range(1, 98)},
    "corpus_holdout12": {f"T{n}" for n in range(1, 111)},
    "corpus_holdout13": {f"T{n}" for n in range(1, 108)},
    # T114 (one analyst firm quoted in two articles) names no figure
    "corpus_holdout14": {f"T{n}" for n in range(1, 117)} - {"T114"},
    # T85 ("into 2027") names no figure that is read
    "corpus_holdout15": {f"T{n}" for n in range(1, 109)} - {"T85"},
    # T59 ("under $1.5m each") and T80 ("23 production sites") name figures that are not read
    "corpus_holdout16": {f"T{n}" for n in range(1, 113)} - {"T59", "T80"},
    "corpus_holdout17": {f"T{n}" for n in range(1, 98)},
    "corpus_holdout18": {f"T{n}" for n in range(1, 97)},
    # T3, T17 and T23 set a figure that is read against one that is not ("a 360p-a-share
    # approach", "Pennock's 2,300 employees", "Ellery's 700,000 accounts")
    "corpus_holdout19": {f"T{n}" for n in range(1, 105)} - {"T3", "T17", "T23"},
    # T97 ("named the most dependable model") names no figure that is read
    "corpus_holdout20": {f"T{n}" for n in range(1, 102)} - {"T97"},
    # T95 ("the fastest of Denmark's four main fixed-line providers") names no figure that is read
    "corpus_holdout21": {f"T{n}" for n in range(1, 116)} - {"T95"},
    "corpus_holdout22": {f"T{n}" for n in range(1, 93)},
    # T13 sets 01's "Quillfield's 210 staff", which is not read, against 02's "just over 200"
    "corpus_holdout23": {f"T{n}" for n in range(1, 113)} - {"T13"},
    # T13 (01's "six production plants" is not read) and T40 (04's "declined to update the
    # company's full-year outlook") set a figure that is read against none that is
    "corpus_holdout24": {f"T{n}" for n in range(1, 101)} - {"T13", "T40"},
    "corpus_holdout25": {f"T{n}" for n in range(1, 112)},
    # T96 sets 10's "Tarrow shares fell 3.1%" against 09's "little changed", which is no figure
    "corpus_holdout26": {f"T{n}" for n in range(1, 103)} - {"T96"},
    # T98 (03's date is front matter, not read) and T99 (06's "the region's largest initial
    # public offering of the year") set a figure that is read against none that is
    "corpus_holdout27": {f"T{n}" for n in range(1, 101)} - {"T98", "T99"},
    "corpus_holdout28": {f"T{n}" for n in range(1, 105)},
    "corpus_holdout29": {f"T{n}" for n in range(1, 105)},
    "corpus_holdout30": {f"T{n}" for n in range(1, 105)},
    "corpus_holdout31": {f"T{n}" for n in range(1, 102)},
    "corpus_holdout32": {f"T{n}" for n in range(1, 118)},
    # T14 (02's "the nearly century-old publisher") and T45 (05's "traces its roots to 1898")
    # set a figure that is read against none that is
    "corpus_holdout33": {f"T{n}" for n in range(1, 94)} - {"T14", "T45"},
    "corpus_holdout34": {f"T{n}" for n in range(1, 123)},
    "corpus_holdout35": {f"T{n}" for n in range(1, 106)},
    # T23 (01's "largest purchase in more than a decade") names no figure that is read, and
    # T41 and T120 set 05's "up from 4.1 million twelve months earlier", which is not read,
    # against a figure that is
    "corpus_holdout36": {f"T{n}" for n in range(1, 126)} - {"T23", "T41", "T120"},
    # T27 sets 03's "Brightforge's shares rose 5.4%" against 04's "flat", which is no figure
    "corpus_holdout37": {f"T{n}" for n in range(1, 90)} - {"T27"},
    # T85 (08's "would have ranked in the low 30s") and T97 (09's "after six years" is in the
    # title, front matter, not read) set a figure that is read against none that is
    "corpus_holdout38": {f"T{n}" for n in range(1, 100)} - {"T85", "T97"},
    "corpus_holdout39": {f"T{n}" for n in range(1, 111)},
    # T43 (03's "the cash should last into 2028"), T61 (06's "2031, when Vantoril's main
    # patent expires") and T104 (10's "named the top hospital in its region") set a figure that
    # is read against none that is, or name none
    "corpus_holdout40": {f"T{n}" for n in range(1, 114)} - {"T43", "T61", "T104"},
    # T25 and T26 (first place written "topped", "the top spot", "best-liked"), T49 (06's "tens
    # of millions of euros"), T63 (2G "until at least 2028"), T85 (10's "in the tens of
    # thousands") and T94 (12's "a third city") name figures that are not read
    "corpus_holdout41": {f"T{n}" for n in range(1, 108)}
    - {"T25", "T26", "T49", "T63", "T85", "T94"},
    "corpus_holdout42": {f"T{n}" for n in range(1, 111)},
    "corpus_holdout43": {f"T{n}" for n in range(1, 105)},
    # T109 sets 03's "began in September 2024" against 01's and 02's "last autumn", which is
    # not read
    "corpus_holdout44": {f"T{n}" for n in range(1, 112)} - {"T109"},
    # T12, T17, T60 and T90 set a figure that is read against a numbered heading of 12
    # ("**2. 85.**", "**11. 40.**") that is not read
    "corpus_holdout45": {f"T{n}" for n in range(1, 95)} - {"T12", "T17", "T60", "T90"},
    "corpus_holdout46": {f"T{n}" for n in range(1, 104)},
    "corpus_holdout47": {f"T{n}" for n in range(1, 91)},
    # T25 (02's and 12's "A- rating") names no figure that is read
    "corpus_holdout48": {f"T{n}" for n in range(1, 101)} - {"T25"},
    # T46 sets 05's Dubai centre "due to open in 2026" against 11's Dubai store that "slipped
    # from spring to autumn", which is not read
    "corpus_holdout49": {f"T{n}" for n in range(1, 97)} - {"T46"},
    # T79 ("more than tripled", "nearly tripled") names no figure that is read
    "corpus_holdout50": {f"T{n}" for n in range(1, 93)} - {"T79"},
    "corpus_holdout51": {f"T{n}" for n in range(1, 113)},
    "corpus_holdout52": {f"T{n}" for n in range(1, 91)},
    # T29 sets 02's "who founded Coursemere a decade ago", which is not read, against 01's 2014
    "corpus_holdout53": {f"T{n}" for n in range(1, 106)} - {"T29"},
    # T72 sets 04's "next month's launch of Fettle Live", which is not read, against 08's May 12
    "corpus_holdout54": {f"T{n}" for n in range(1, 93)} - {"T72"},
    # T99 sets 08's "an estimated 6,200" fish against 12's "thousands of fish", which is not read
    "corpus_holdout55": {f"T{n}" for n in range(1, 104)} - {"T99"},
    # T97 (09's "the company's recall last month") and T99 (12's "will release a digital edition
    # of Canal Kings next spring") set a figure that is read against one that is not
    "corpus_holdout56": {f"T{n}" for n in range(1, 108)} - {"T97", "T99"},
    "corpus_holdout57": {f"T{n}" for n in range(1, 106)},
    # T37 sets 04's Tamsin & Rowe that "topped the Greenleaf Sustainable Retail Ranking", which
    # is not read, against its Keystone rank
    "corpus_holdout58": {f"T{n}" for n in range(1, 85)} - {"T37"},
    # T77 (08's "in talks to raise a Series B") names no figure, and T93 (06's "began volume
    # output this spring") names one that is not read
    "corpus_holdout59": {f"T{n}" for n in range(1, 107)} - {"T77", "T93"},
    # T91 (02's "Byteline's 14-strong compliance team") names a figure that is not read
    "corpus_holdout60": {f"T{n}" for n in range(1, 93)} - {"T91"},
    # T14 and T15 (01's "which traces its roots to 1921") and T29 (05's title "tops $1.8bn",
    # front matter) set a figure that is read against one that is not
    "corpus_holdout61": {f"T{n}" for n in range(1, 102)} - {"T14", "T15", "T29"},
    # T46 (06's "it topped Soundline's separate vinyl chart") names no figure that is read
    "corpus_holdout62": {f"T{n}" for n in range(1, 90)} - {"T46"},
    # T29 sets 07's "five operator clients" against 12's "has signed Castellan Bet as a client",
    # which names no figure
    "corpus_holdout63": {f"T{n}" for n in range(1, 108)} - {"T29"},
    # T36 sets 01's "later this spring", which is not read, against 02's Tuesday 6 May
    "corpus_holdout64": {f"T{n}" for n in range(1, 98)} - {"T36"},
    "corpus_holdout65": {f"T{n}" for n in range(1, 100)},
    "corpus_holdout66": {f"T{n}" for n in range(1, 87)},
    "corpus_holdout67": {f"T{n}" for n in range(1, 98)},
    # T90 sets 06's "issue 142", which is not read, against 12's "more than 60,000 pads"
    "corpus_holdout68": {f"T{n}" for n in range(1, 91)} - {"T90"},
    # T105 ("Forge-12"), T111 ("Issue 119"), T112 (a telephone number and an address), T113
    # ("Local 1189") and T114 ("MA-220") name figures that are not read
    "corpus_holdout69": {f"T{n}" for n in range(1, 118)}
    - {"T105", "T111", "T112", "T113", "T114"},
    # T78, T102, T108, T109 and T118 (an address, an issue number, a telephone number and a
    # model number) set no pair of figures that are read
    "corpus_holdout70": {f"T{n}" for n in range(1, 119)}
    - {"T78", "T102", "T108", "T109", "T118"},
    # T90 sets 04's "to 360p from 330p" against 09's "at 360p": neither 360p is read
    "corpus_holdout71": {f"T{n}" for n in range(1, 117)} - {"T90"},
    # T77 sets 04's "32-seat" against the model name "T3S-32", which is not read; T78 ("TG-10",
    # "TD-8") and T119 (10's issue number and phone number) name figures that are not read
    "corpus_holdout72": {f"T{n}" for n in range(1, 121)} - {"T77", "T78", "T119"},
    # T78 (06's "Issue 212", "Issue 213") and T79 (06's telephone number and address) name
    # figures that are not read
    "corpus_holdout73": {f"T{n}" for n in range(1, 121)} - {"T78", "T79"},
    # T37, T116 (addresses), T61 ("LS-7", "LS-8"), T69 (a docket number), T86 (06's title,
    # front matter), T112 ("a 1979 Kenworth W900") and T117 (10's issue number, telephone
    # number and address) name figures that are not read, or set one against none that is
    "corpus_holdout74": {f"T{n}" for n in range(1, 121)}
    - {"T37", "T61", "T69", "T86", "T112", "T116", "T117"},
    # T56 (09's "Issue 112"), T73 (the model "QS-4"), T92 (the drug code "LW-207") and T112 (a
    # telephone number and an address) name figures that are not read
    "corpus_holdout75": {f"T{n}" for n in range(1, 118)} - {"T56", "T73", "T92", "T112"},
    # T60 sets 02's model "CT-500", which is not read, against 06's "at least 500"; T68 (an
    # order number and a telephone number) names figures that are not read
    "corpus_holdout76": {f"T{n}" for n in range(1, 121)} - {"T60", "T68"},
    # T9 (12's "roughly tripled their money") and T67 (08's "once again won the
    # value-for-money category") name no figure that is read
    "corpus_holdout77": {f"T{n}" for n in range(1, 118)} - {"T9", "T67"},
    "corpus_holdout78": {f"T{n}" for n in range(1, 120)},
    "corpus_holdout79": {f"T{n}" for n in range(1, 119)},
    # T24 (04's "in the spring"), T70 (09's "more than a decade") and T117 (07's "last week's"
    # index) set a figure that is not read against one that is; T123 (09's "still needs U.S.
    # antitrust clearance") names no figure
    "corpus_holdout80": {f"T{n}" for n in range(1, 126)} - {"T24", "T70", "T117", "T123"},
    # T128 sets 08's "next spring", which is not read, against 01's March 2027
    "corpus_holdout81": {f"T{n}" for n in range(1, 139)} - {"T128"},
    "corpus_holdout82": {f"T{n}" for n in range(1, 117)},
    "corpus_holdout83": {f"T{n}" for n in range(1, 96)},
    "corpus_holdout84": {f"T{n}" for n in range(1, 105)},
    # T4 sets 02's "€2.1bn" against the "€2bn prize" of 06's title, front matter, which is not
    # read
    "corpus_holdout85": {f"T{n}" for n in range(1, 126)} - {"T4"},
    # T75 sets 04's headline "revenue up 6%" (front matter, not read) against its 6.1%, and
    # T107 sets 06's "a week after", which names no figure, against 07's "published on
    # Wednesday"
    "corpus_holdout86": {f"T{n}" for n in range(1, 118)} - {"T75", "T107"},
    "corpus_holdout87": {f"T{n}" for n in range(1, 118)},
    # T101 sets 01's "Brightwater's nine English sites", which is not read, against 12's "nine
    # sites"
    "corpus_holdout88": {f"T{n}" for n in range(1, 135)} - {"T101"},
    # T25 sets 11's "about 15.1 million dwt" against 12's "15-million-tonne" (its title, front
    # matter, not read); T135 sets 04's "two Suezmax newbuildings" against 10's, which is not
    # read
    "corpus_holdout89": {f"T{n}" for n in range(1, 139)} - {"T25", "T135"},
    # T4 (02's "R57.50 apiece", 08's "about R96 a share"), T27 and T30 (11's "headline earnings
    # doubled"), T59-T62 (rand costs per ounce), T94 (11's "R101.50"), T95 (08's "roughly
    # doubled") and T106 (06's "R31.20") name figures that are not read
    "corpus_holdout90": {f"T{n}" for n in range(1, 109)}
    - {"T4", "T27", "T30", "T59", "T60", "T61", "T62", "T94", "T95", "T106"},
    # T83 sets 10's "No. 1" against 07's "Jinghai remained the largest supplier", T90 sets
    # 09's "45,000" against 12's "30,000 wafers a month" and T110 sets 05's "February 2023"
    # against 12's "two-and-a-half-year battle", none of which is read; T108 sets 08's
    # "approvals ... are pending", which names no figure, against 10's "on Tuesday"
    "corpus_holdout91": {f"T{n}" for n in range(1, 119)} - {"T83", "T90", "T108", "T110"},
    # T64 sets 01's "in 1853" against 05's "founded in the 1850s", and T98 01's "at least 12
    # months" against 05's "at least a year", neither of which is read
    "corpus_holdout92": {f"T{n}" for n in range(1, 106)} - {"T64", "T98"},
    "corpus_holdout93": {f"T{n}" for n in range(1, 110)},
    # T93 sets 06's "also came first for the full year 2024" against 11's "also topped the
    # ranking for 2024 as a whole", which names no figure
    "corpus_holdout94": {f"T{n}" for n in range(1, 119)} - {"T93"},
    "corpus_holdout95": {f"T{n}" for n in range(1, 114)},
    # T40 sets 05's "Halvorsen's 0.9-point gain" and T74 03's "due to start production in the
    # spring", neither of which is read, against 08's figures
    "corpus_holdout96": {f"T{n}" for n in range(1, 113)} - {"T40", "T74"},
    "corpus_holdout97": {f"T{n}" for n in range(1, 113)},
    # T36 sets 06's "third" against 09's "would overtake ... at the top", and T127 10's
    # "almost double" against 12's "98MW": "at the top" and "almost double" are not read
    "corpus_holdout98": {f"T{n}" for n in range(1, 131)} - {"T36", "T127"},
    # T86 sets 06's "the largest bicycle frame factory in Taiwan" against 11's "one of the
    # island's largest independent frame makers", neither of which names a figure that is read
    "corpus_holdout99": {f"T{n}" for n in range(1, 129)} - {"T86"},
    # T100 sets 05's Brackwell Live, which "led the trade table", a lead that names no figure
    # that is read, against Gearshift's "No. 1"
    "corpus_holdout100": {f"T{n}" for n in range(1, 126)} - {"T100"},
    "corpus_holdout101": {f"T{n}" for n in range(1, 111)},
    # T63 and T64 set 01's "South Korea's largest maker" and 05's "the world's largest maker"
    # of thermal compression bonders against 08's "No. 2" and "41%": "largest" with no
    # ordinal names no figure that is read
    "corpus_holdout102": {f"T{n}" for n in range(1, 132)} - {"T63", "T64"},
    "corpus_holdout103": {f"T{n}" for n in range(1, 104)},
    # T21 sets 09's Swiss clearance "signed off in December" against 07's "awaiting European
    # approval", which names no figure
    "corpus_holdout104": {f"T{n}" for n in range(1, 116)} - {"T21"},
    # T79 sets 06's "June 2026" against 10's "this summer" (and 05's "next summer"), neither
    # of which is read
    "corpus_holdout105": {f"T{n}" for n in range(1, 108)} - {"T79"},
    "corpus_holdout106": {f"T{n}" for n in range(1, 117)},
    "corpus_holdout107": {f"T{n}" for n in range(1, 94)},
    # T80 sets 05's "about 170" against 07's "wants to double its headcount", and T91 06's "the
    # third quarter" against 12's "in the second half": "double" and "the second half" are
    # not read
    "corpus_holdout108": {f"T{n}" for n in range(1, 119)} - {"T80", "T91"},
    # T9 sets 02's "153.2 million new shares", and T98 and T99 11's "6 Australian cents a
    # share", neither of which is read, against figures of 12 and 10
    "corpus_holdout109": {f"T{n}" for n in range(1, 114)} - {"T9", "T98", "T99"},
    # T43 sets 05's title "Maplecrest profit rises 9%" (front matter, not read) against 09's
    # "net earnings rose 7.6%"
    "corpus_holdout110": {f"T{n}" for n in range(1, 116)} - {"T43"},
    # T14, T44, T45 and T58 set per-unit sums that are not read ("roughly R18,000 per home
    # passed", "R96 a month", "R71", "around R50 each"), T46 exchange rates only implied by 01
    # and 08, T71 "kept the top position" against "the country's largest mobile wallet", and
    # T110 "won its licence the year before": none names a figure that is read
    "corpus_holdout111": {f"T{n}" for n in range(1, 115)}
    - {"T14", "T44", "T45", "T46", "T58", "T71", "T110"},
    # T91 sets 05's maintenance contract "running to 2042", which is not read, against 11's
    # "until 2042"
    "corpus_holdout112": {f"T{n}" for n in range(1, 101)} - {"T91"},
    # T34 sets 06's "Orsay rose 2%" against 03's "Orsay was flat", and T87 05's "on Tuesday"
    # against 10's "last week's funding round": "flat" and "last week's" are not read
    "corpus_holdout113": {f"T{n}" for n in range(1, 104)} - {"T34", "T87"},
    "corpus_holdout114": {f"T{n}" for n in range(1, 105)},
    "corpus_holdout115": {f"T{n}" for n in range(1, 121)},
    # T99 sets 08's "ranked fourth" against its "top position in Nigeria", and T116 04's "the
    # largest finance app in Nigeria" against 08's "remained the most used finance app":
    # "top position", "the largest" and "the most used" name no figure that is read
    "corpus_holdout116": {f"T{n}" for n in range(1, 123)} - {"T99", "T116"},
    # T52 sets 06's "third-largest" against 10's list entry "5. Rabatek", and T53 02's "the
    # largest discounter" against 10's "1. Oszczędny": a numbered list's places and "the
    # largest" with no ordinal are not read; T68 sets 04's three cities, named but not
    # counted, against 08's "its fifth city"
    "corpus_holdout117": {f"T{n}" for n in range(1, 98)} - {"T52", "T53", "T68"},
    "corpus_holdout118": {f"T{n}" for n in range(1, 121)},
    # T99, T100 and T101 set 02's "fourth-largest", 12's "the largest listed developer in
    # Saudi Arabia" and 10's "made the top five" against 09's list line "4. Rawdat Al Sahil",
    # and T105 09's "exploring the sale of a minority stake" against 10's "40% stake": the
    # list place "4." and the sale explored name no figure that is read
    "corpus_holdout119": {f"T{n}" for n in range(1, 133)} - {"T99", "T100", "T101", "T105"},
    # T66 sets 08's "in 2012" against 01's "first move back into brewing in more than a
    # decade", T68 01's "due to open next spring" against 06's "will open on 14 April", and
    # T74 03's "by 18 December" against 08's "cleared it without a detailed investigation":
    # "more than a decade", "next spring" and the clearance name no figure that is read
    "corpus_holdout120": {f"T{n}" for n in range(1, 107)} - {"T66", "T68", "T74"},
    "corpus_holdout121": {f"T{n}" for n in range(1, 114)},
    # T25 sets 02's "Meridian's 98 E175s" against 03's "142 aircraft", and T83 02's "in the
    # early 2000s" against 11's "Two years later": "98" and "the early 2000s" are not read
    "corpus_holdout122": {f"T{n}" for n in range(1, 135)} - {"T25", "T83"},
    # T10 and T11 set 05's "1886" and 01's "1919" against 12's "founded in 1889 by workers at
    # the Armitage & Crowe steelworks", and T125 04's "About 2,200" premium seats against 12's
    # "Premium seating will more than double": 12's 1889 and "more than double" are not read
    "corpus_holdout123": {f"T{n}" for n in range(1, 126)} - {"T10", "T11", "T125"},
    # T98 sets 12's FIRB approval "on March 31" against 04's "is still waiting on approval",
    # which names no figure
    "corpus_holdout124": {f"T{n}" for n in range(1, 107)} - {"T98"},
    "corpus_holdout129": {f"T{n}" for n in range(1, 118)},
    # T77 sets 04's "1,200 UTA" fine of 2019, which is not read, against 09's "4,850 UTA"
    "corpus_holdout130": {f"T{n}" for n in range(1, 120)} - {"T77"},
    # T79 sets 01's "78-year history" against 12's "Seventy-nine years later": 01's 78 is not
    # read
    "corpus_holdout131": {f"T{n}" for n in range(1, 130)} - {"T79"},
    "corpus_holdout132": {f"T{n}" for n in range(1, 124)},
    # T66 sets 04's "around the turn of the year" against 12's "December 2025": "around the
    # turn of the year" is not read
    "corpus_holdout133": {f"T{n}" for n in range(1, 116)} - {"T66"},
    # T103 sets 10's "That was 2009." against its "2013": 10's 2009 is not read
    "corpus_holdout134": {f"T{n}" for n in range(1, 109)} - {"T103"},
    # (no trap excluded: every one of T1-T126 names figures that are read)
    "corpus_holdout135": {f"T{n}" for n in range(1, 127)},
    # (no trap excluded: every one of T1-T120 names figures that are read, the naira sums
    # written with "N" -- "N312.4 billion", "N48.50", "N1,441.50" -- among them)
    "corpus_holdout136": {f"T{n}" for n in range(1, 121)},
    # T106 sets 06's "eight ships" of Nisos Ferries against 10's "a ninth vessel", which is
    # not read
    "corpus_holdout137": {f"T{n}" for n in range(1, 130)} - {"T106"},
    # (no trap excluded: every one of T1-T112 names figures that are read)
    "corpus_holdout138": {f"T{n}" for n in range(1, 113)},
    # T96 sets 04's list line "3. Volara (Mexico) - 84.6%" against its "ranked seventh": the
    # list place "3." is not read
    "corpus_holdout139": {f"T{n}" for n in range(1, 131)} - {"T96"},
    # (no trap excluded: every one of T1-T104 names figures that are read)
    "corpus_holdout140": {f"T{n}" for n in range(1, 105)},
    # T106 sets 05's MoRec, which "is third again", against 06's "the Czech Republic's
    # largest recycler": "largest" with no ordinal names no figure that is read
    "corpus_holdout141": {f"T{n}" for n in range(1, 121)} - {"T106"},
    # T91 sets 07's "14 fabs" against 10's "has added a 15th fab customer": 10's "15th" is not
    # read
    "corpus_holdout142": {f"T{n}" for n in range(1, 125)} - {"T91"},
    # (no trap excluded: every one of T1-T115 names figures that are read)
    "corpus_holdout143": {f"T{n}" for n in range(1, 116)},
    # (no trap excluded: every one of T1-T127 names figures that are read, 02's "about 99
    # sen" -- read "about 99" -- among them)
    "corpus_holdout144": {f"T{n}" for n in range(1, 128)},
    # T116 sets 01's Paulo Zanella staying "for at least two years" against 11's "until at
    # least 2028": 11's 2028 is not read
    "corpus_holdout145": {f"T{n}" for n in range(1, 118)} - {"T116"},
    # T99 sets 02's "second-largest housebuilder by volume" against 09's list line "5.
    # Harrowgate Homes", and T100 09's list line "1. Westmarch Developments" against its
    # "sixth-largest builder in the survey by volume": the list places "5." and "1." are not
    # read
    "corpus_holdout146": {f"T{n}" for n in range(1, 124)} - {"T99", "T100"},
    # (no trap excluded: every one of T1-T123 names figures that are read, 08's "in its 55
    # years" -- read "55" -- and 12's "built up over 35 years" -- read "over 35" -- among them)
    "corpus_holdout147": {f"T{n}" for n in range(1, 124)},
    # (no trap excluded: every one of T1-T128 names figures that are read, 01's "almost four
    # decades" -- read "almost four" -- and 07's "Thirty-eight years" among them)
    "corpus_holdout148": {f"T{n}" for n in range(1, 129)},
    # T64 sets 06's "Selati won outright in 5G availability" against its "second", T93 01's
    # "They had closed at R121.50 on Monday" against its "R127.90", T94 05's "R138.40" against
    # 11's "rose 1.2% to R144.10", and T122 01's "in the first half of that year" against 11's
    # "before the end of June": "won outright", R121.50, R144.10 and "the first half of that
    # year" are not read
    "corpus_holdout149": {f"T{n}" for n in range(1, 124)} - {"T64", "T93", "T94", "T122"},
    # (no trap excluded: every one of T1-T116 names figures that are read)
    "corpus_holdout150": {f"T{n}" for n in range(1, 117)},
    # T104 sets 07's "Kurosaki Shipbuilding held seventh place" against 09's "Kurosaki, the
    # Onomichi-based builder, is Japan's largest yard by order book": "largest" with no
    # ordinal names no figure that is read
    "corpus_holdout151": {f"T{n}" for n in range(1, 129)} - {"T104"},
    # T126 sets 03's "fourth-largest grocer" in Belgium against 01's "the Netherlands'
    # largest supermarket operator": "largest" with no ordinal names no figure that is read
    "corpus_holdout152": {f"T{n}" for n in range(1, 135)} - {"T126"},
    # T83 sets 12's "€1.0 billion of bonds" against its "two €500 million tranches", and T98
    # 08's "Vartio is third with 1.38 million" against its "(2024: 1.35 million)": €500
    # million and 1.35 million are not read
    "corpus_holdout153": {f"T{n}" for n in range(1, 125)} - {"T83", "T98"},
    # (no trap excluded: every one of T1-T112 names figures that are read, 02's "a little
    # over $200,000 per employee" -- read "over $200,000 per employee" -- among them)
    "corpus_holdout154": {f"T{n}" for n in range(1, 113)},
    # T44 sets 06's list line "No. 8 - Bharat Radial Ltd" against 05's "Bharat Radial Ltd, the
    # largest": "the largest" with no ordinal names no figure that is read
    "corpus_holdout155": {f"T{n}" for n in range(1, 103)} - {"T44"},
    # (no trap excluded: every one of T1-T120 names figures that are read, 09's "around 30"
    # -- read "30" -- and 08's "normally takes one month" -- read "one" -- among them)
    "corpus_holdout156": {f"T{n}" for n in range(1, 121)},
    # T72 sets 07's "Nordvind also topped Brennholt's separate offshore list" against 11's
    # "second-largest": "topped" with no ordinal names no figure that is read
    "corpus_holdout157": {f"T{n}" for n in range(1, 123)} - {"T72"},
    # (no trap excluded: every one of T1-T100 names figures that are read, 01's "No. 3
    # tortilla-chip brand" -- read "No. 3" -- and 03's "second-largest maker of salty
    # snacks" -- read "second" -- among them)
    "corpus_holdout158": {f"T{n}" for n in range(1, 101)},
    # T77 sets 10's second stage of "48 villas" against its "52-villa first stage": "48
    # villas" is not read
    "corpus_holdout159": {f"T{n}" for n in range(1, 129)} - {"T77"},
    # T89 sets 11's "Europe's largest sawmill group" against its "Steinhofer second", T90
    # 11's "fifth place" against 07's "Finland's largest sawmill group by volume", and T93
    # 11's "5.2 million m³" against its "(2024: 5.0 million)": "largest" with no ordinal and
    # 5.0 million name no figure that is read
    "corpus_holdout160": {f"T{n}" for n in range(1, 114)} - {"T89", "T90", "T93"},
    # T25 sets 05's "1.9 million passengers" against 12's "Together with Thalassa's 3.9
    # million, the group would have been third": 12's 3.9 million is not read
    "corpus_holdout161": {f"T{n}" for n in range(1, 124)} - {"T25"},
    # (no trap excluded: every one of T1-T135 names figures that are read, 11's "Canada's
    # second-largest drugstore chain" -- read "second" -- and 10's "the No. 1 position" --
    # read "No. 1" -- among them)
    "corpus_holdout162": {f"T{n}" for n in range(1, 136)},
    # (no trap excluded: every one of T1-T110 names figures that are read, 01's "a little over
    # 12 times sales" -- read "over 12 times" -- 09's "a little under €20" -- read "under €20"
    # -- and 04's "the end-2025 date" -- read "2025" -- among them)
    "corpus_holdout163": {f"T{n}" for n in range(1, 111)},
    # T17 sets 10's "Visayas Grinding's 640" against its "about 2,820" (10's 640 is not
    # read); T57 11's "the largest cement producer in the Philippines" against 01's "Apex
    # currently ranks second" ("the largest" with no ordinal); T62, T63, T64, T65, T79 and
    # T83 set 05's capacities and exports written in Mt ("18.1Mt", "2.3Mt a year", "3.4Mt")
    # against each other or other figures: a figure in Mt is not read
    "corpus_holdout164": {f"T{n}" for n in range(1, 133)}
    - {"T17", "T57", "T62", "T63", "T64", "T65", "T79", "T83"},
}


@functools.cache
def report(corpus: str) -> Report:
    return factcheck.check(FIXTURES / corpus)


def contradictions(corpus: str) -> list[Finding]:
    return [f for f in report(corpus).findings if f.type is FindingType.CONTRADICTION and f.b]


def between(finding: Finding, a: str, b: str) -> bool:
    """True when the finding sets a figure written ``a`` against one written ``b``."""
    assert finding.b is not None
    x, y = finding.a.text, finding.b.text
    return (a in x and b in y) or (b in x and a in y)


def is_case(finding: Finding, spec: dict[str, Any]) -> bool:
    assert finding.b is not None
    first, second = spec["values"]
    return (
        finding.a.kind.value == spec["kind"]
        and {finding.a.doc, finding.b.doc} <= set(spec["docs"])
        and between(finding, first, second)
    )


def cases(section: str, only_found: bool = False) -> list[Any]:
    return [
        pytest.param(corpus, spec, id=f"{corpus}:{spec['id']}")
        for corpus in CORPORA
        for spec in SPECS[corpus][section]
        if not only_found or spec["found"]
    ]


def claim_specs() -> list[Any]:
    return [
        pytest.param(corpus, claim, id=f"{corpus}:{claim['doc']}:{claim['text']}")
        for corpus in CORPORA
        for claim in [
            *SPECS[corpus]["claims"],
            *(c for case in SPECS[corpus]["contradictions"] for c in case["claims"]),
        ]
    ]


@pytest.mark.parametrize("corpus", CORPORA)
def test_every_document_checked(corpus: str) -> None:
    documents = report(corpus).documents
    assert sorted(d.id for d in documents) == sorted(SPECS[corpus]["docs"])
    assert all(d.status == "checked" for d in documents)


@pytest.mark.parametrize("corpus", CORPORA)
def test_the_editor_planted_eight(corpus: str) -> None:
    assert len(SPECS[corpus]["contradictions"]) == 8
    for spec in SPECS[corpus]["contradictions"]:
        assert spec["found"] or spec["needs"], spec["id"]


@pytest.mark.parametrize(("corpus", "spec"), cases("contradictions", only_found=True))
def test_planted_contradiction_found(corpus: str, spec: dict[str, Any]) -> None:
    found = [f for f in contradictions(corpus) if is_case(f, spec)]
    assert len(found) == spec["findings"], [(f.a.text, f.b.text if f.b else None) for f in found]
    finding = found[0]
    assert finding.b is not None and finding.a.doc != finding.b.doc
    assert finding.a.attribute == spec["attribute"]
    if "parties" in spec or "subject_parties" in spec:
        parties = spec.get("subject_parties") or spec["parties"]
        assert group_key(finding.a.subject or "") == "|".join(sorted(map(subject_key, parties)))
    else:
        assert subject_key(finding.a.subject or "") in subject_key(spec["subject"])
    for doc in spec.get("also_stated_in", []):
        assert doc in finding.explanation


@pytest.mark.parametrize("corpus", CORPORA)
def test_known_misses_are_marked(corpus: str) -> None:
    """A known miss (``found: false``) that is found now must be marked found, so that the
    tests above hold it from then on."""
    for spec in SPECS[corpus]["contradictions"]:
        if not spec["found"]:
            found = any(is_case(f, spec) for f in contradictions(corpus))
            assert not found, f"{spec['id']} is found now: mark it found in the yaml"


def known_alarm(corpus: str, finding: Finding) -> bool:
    """Is ``finding`` one of the corpus's declared known false alarms (``known_false_alarms``
    of its yaml: read at a first reading, not yet fixed, each with why it is wrong)?"""
    return any(is_case(finding, s) for s in SPECS[corpus].get("known_false_alarms") or [])


@pytest.mark.parametrize("corpus", CORPORA)
def test_no_false_alarms(corpus: str) -> None:
    planted = SPECS[corpus]["contradictions"]
    alarms = [
        f
        for f in contradictions(corpus)
        if not any(is_case(f, s) for s in planted) and not known_alarm(corpus, f)
    ]
    assert alarms == [], [
        (f.a.doc, f.a.text, f.b.doc if f.b else None, f.b.text if f.b else None) for f in alarms
    ]


@pytest.mark.parametrize("corpus", CORPORA)
def test_known_false_alarms_are_still_raised(corpus: str) -> None:
    """A declared known false alarm that is no longer reported must leave the yaml, so that
    ``test_no_false_alarms`` holds it silent from then on; each says why it is wrong."""
    for spec in SPECS[corpus].get("known_false_alarms") or []:
        assert spec["why"], spec["id"]
        raised = any(is_case(f, spec) for f in contradictions(corpus))
        assert raised, f"{spec['id']} is silent now: remove it from known_false_alarms"


@pytest.mark.parametrize(("corpus", "spec"), cases("not_flagged"))
def test_trap_not_flagged(corpus: str, spec: dict[str, Any]) -> None:
    first, second = spec["values"]
    for finding in contradictions(corpus):
        assert finding.b is not None
        if {finding.a.doc, finding.b.doc} <= set(spec["docs"]) and not known_alarm(
            corpus, finding
        ):
            assert not between(finding, first, second), (spec["id"], finding.explanation)


@pytest.mark.parametrize("corpus", sorted(TRAPS))
def test_every_trap_names_figures_that_are_read(corpus: str) -> None:
    # a trap whose figure is misspelt, or never read, would pass without testing anything
    traps = SPECS[corpus]["not_flagged"]
    assert {c["trap"] for c in traps} == TRAPS[corpus]
    claims = report(corpus).claims
    for spec in traps:
        for value in spec["values"]:
            assert any(c.doc in spec["docs"] and value in c.text for c in claims), (
                spec["id"],
                value,
            )


@pytest.mark.parametrize(("corpus", "spec"), claim_specs())
def test_claims_read_by_rule(corpus: str, spec: dict[str, Any]) -> None:
    found = [c for c in report(corpus).claims if c.doc == spec["doc"] and spec["text"] in c.text]
    assert found, spec
    claim = min(found, key=lambda c: len(c.text))  # the figure itself, not a range around it
    if "subject" in spec:
        assert claim.subject == spec["subject"], claim
    if "parties" in spec:
        assert group_key(claim.subject or "") == "|".join(sorted(map(subject_key, spec["parties"])))
    if "attribute" in spec:
        assert claim.attribute == spec["attribute"], claim
    if "period" in spec:
        assert (str(claim.period) if claim.period else None) == spec["period"], claim
    assert claim.subject not in spec.get("not_subject", []), claim
    if "item" in spec:
        assert claim.item == spec["item"], claim
    assert spec.get("sentence", claim.location.sentence) == claim.location.sentence
