window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Poetical scientist. Writes programs for engines that do not exist yet.",
        "website" : "",
        "location" : ""
      }
    }
  }
]
