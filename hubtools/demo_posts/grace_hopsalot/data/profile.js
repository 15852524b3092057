window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Rear admiral of compilers (fictional). Carries nanoseconds in her pocket.",
        "website" : "",
        "location" : ""
      }
    }
  }
]
