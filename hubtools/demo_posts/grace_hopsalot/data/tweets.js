window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020480"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "27",
      "id_str" : "71000000020480",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020480",
      "created_at" : "Mon Mar 28 18:59:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A about a foot wire on my desk, a saison in the fridge, a loose wire in the tape. Monday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020479"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/93e6n4nayu",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "6",
      "id_str" : "71000000020479",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020479",
      "created_at" : "Mon Mar 27 04:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The most dangerous phrase in committee rooms: we've always done it this way. ⚓ #nanoseconds https://t.co/93e6n4nayu",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020478"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "1"
      ],
      "favorite_count" : "8",
      "id_str" : "71000000020478",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020478",
      "created_at" : "Mon Mar 27 20:46:00 +0000 2025",
      "favorited" : false,
      "full_text" : "⚓",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020477"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "8",
      "id_str" : "71000000020477",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020477",
      "created_at" : "Mon Mar 27 18:47:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @harbor_brewing: A loop is a promise you make to the store: I will iterate this again, and again.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020476"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "6",
      "id_str" : "71000000020476",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020476",
      "created_at" : "Mon Mar 27 03:09:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If it's a good idea, go ahead &amp; do it. You can explain the budget request later.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020475"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "9",
      "id_str" : "71000000020475",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020475",
      "created_at" : "Mon Mar 27 18:55:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbor_brewing A 30 centimetres wire on my desk, a pale ale in the fridge, a moth in the loop. Monday.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000005",
      "in_reply_to_screen_name" : "harbor_brewing",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020474"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "49",
      "id_str" : "71000000020474",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020474",
      "created_at" : "Mon Mar 27 05:01:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: a picture of a nanosecond is worth a thousand memos. Also, hydrate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020473"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "39",
      "id_str" : "71000000020473",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020473",
      "created_at" : "Mon Mar 27 15:37:00 +0000 2025",
      "favorited" : false,
      "full_text" : "This is a nanosecond: about a foot of wire. Stop wasting them on meetings.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020472"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "19",
      "id_str" : "71000000020472",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020472",
      "created_at" : "Mon Mar 27 01:24:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The most dangerous phrase in the harbor: we've always done it this way.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020471"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "43",
      "id_str" : "71000000020471",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020471",
      "created_at" : "Mon Mar 27 02:11:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's lesson for the my students: measure twice, compile once.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020470"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "47",
      "id_str" : "71000000020470",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020470",
      "created_at" : "Mon Mar 27 15:22:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Whoever invented forms never had to meet a deadline at sea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020469"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "11",
      "id_str" : "71000000020469",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020469",
      "created_at" : "Mon Mar 27 01:36:00 +0000 2025",
      "favorited" : false,
      "full_text" : "It's easier to ask forgiveness than it is to get permission.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020468"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "34",
      "id_str" : "71000000020468",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020468",
      "created_at" : "Mon Mar 27 12:01:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's lesson for the the committee: write programs for people, not only for machines.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020467"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "29",
      "id_str" : "71000000020467",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020467",
      "created_at" : "Mon Mar 27 06:32:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@cobol_committee A 11.8 inches wire on my desk, a pale ale in the fridge, a off-by-one in the subroutine. Monday.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000013",
      "in_reply_to_screen_name" : "cobol_committee",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020466"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "24",
      "id_str" : "71000000020466",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020466",
      "created_at" : "Mon Mar 27 18:50:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A 11.8 inches wire on my desk, a saison in the fridge, a race condition in the loop. Monday. 🐛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020465"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "42",
      "id_str" : "71000000020465",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020465",
      "created_at" : "Mon Mar 27 22:27:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@cobol_committee The the captains asked why I keep a clock that runs counterclockwise. Because it makes people ask questions.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000015",
      "in_reply_to_screen_name" : "cobol_committee",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020464"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "4",
      "id_str" : "71000000020464",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020464",
      "created_at" : "Mon Mar 27 16:18:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The new programmers asked why I keep a clock that runs counterclockwise. Because change is good.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020463"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "3"
      ],
      "favorite_count" : "43",
      "id_str" : "71000000020463",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020463",
      "created_at" : "Mon Mar 27 19:41:00 +0000 2025",
      "favorited" : false,
      "full_text" : "ha!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020462"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "15",
      "id_str" : "71000000020462",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020462",
      "created_at" : "Mon Mar 26 17:39:00 +0000 2025",
      "favorited" : false,
      "full_text" : "FLOW-MATIC is not dead; it just pays the bills. 🍺",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020461"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "12",
      "id_str" : "71000000020461",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020461",
      "created_at" : "Mon Mar 26 19:54:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The most dangerous phrase in committee rooms: we've always done it this way. #nanoseconds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020460"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "16",
      "id_str" : "71000000020460",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020460",
      "created_at" : "Mon Mar 26 16:11:00 +0000 2025",
      "favorited" : false,
      "full_text" : "assembly is not dead; it just pays the bills.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020459"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "5"
      ],
      "favorite_count" : "29",
      "id_str" : "71000000020459",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020459",
      "created_at" : "Mon Mar 26 20:49:00 +0000 2025",
      "favorited" : false,
      "full_text" : "good.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020458"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "1",
      "id_str" : "71000000020458",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020458",
      "created_at" : "Mon Mar 26 06:54:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Handed out 12 nanoseconds at the harbor open day. Everyone wants a microsecond now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020457"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "18",
      "id_str" : "71000000020457",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020457",
      "created_at" : "Mon Mar 26 09:36:00 +0000 2025",
      "favorited" : false,
      "full_text" : "This is a nanosecond: one long pencil of wire. Stop wasting them on bad indexes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020456"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "30",
      "id_str" : "71000000020456",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020456",
      "created_at" : "Mon Mar 26 20:27:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: a picture of a nanosecond is worth a thousand memos. Also, hydrate. 🍺 #COBOL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020455"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "31",
      "id_str" : "71000000020455",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020455",
      "created_at" : "Mon Mar 26 22:52:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's lesson for the the captains: write programs for people, not only for machines. #homebrew",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020454"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "33",
      "id_str" : "71000000020454",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020454",
      "created_at" : "Mon Mar 26 16:16:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Brewing a new batch of hoppy IPA this weekend. The recipe is basically a A-0 program. 🐛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020453"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "20",
      "id_str" : "71000000020453",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020453",
      "created_at" : "Mon Mar 26 23:47:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: the future belongs to those who automate the boring parts. Also, hydrate. 🐛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020452"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "8",
      "id_str" : "71000000020452",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020452",
      "created_at" : "Mon Mar 26 13:13:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Handed out forty-two nanoseconds at the conference. Everyone wants a microsecond now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020451"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "42",
      "id_str" : "71000000020451",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020451",
      "created_at" : "Mon Mar 26 09:21:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's lesson for the the captains: measure twice, compile once.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020450"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "23",
      "id_str" : "71000000020450",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020450",
      "created_at" : "Mon Mar 26 03:27:00 +0000 2025",
      "favorited" : false,
      "full_text" : "This is a nanosecond: 30 centimetres of wire. Stop wasting them on meetings. 🍺",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020449"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "23",
      "id_str" : "71000000020449",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020449",
      "created_at" : "Mon Mar 26 06:51:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @cobol_committee: Shipped a fix for the compiler and celebrated with a hoppy IPA.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020448"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "19",
      "id_str" : "71000000020448",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020448",
      "created_at" : "Mon Mar 26 07:48:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Shipped a fix for the payroll system and celebrated with a stout.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020447"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "37",
      "id_str" : "71000000020447",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020447",
      "created_at" : "Mon Mar 26 23:12:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A about a foot wire on my desk, a saison in the fridge, a off-by-one in the punch card. Monday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020446"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "46",
      "id_str" : "71000000020446",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020446",
      "created_at" : "Mon Mar 26 04:27:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Shipped a fix for the payroll system and celebrated with a pale ale.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020445"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "23",
      "id_str" : "71000000020445",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020445",
      "created_at" : "Mon Mar 26 05:24:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A about a foot wire on my desk, a stout in the fridge, a beetle in the relay. Monday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020444"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "38",
      "id_str" : "71000000020444",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020444",
      "created_at" : "Mon Mar 25 19:46:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Debugging compiler again. The race condition was in the loop, as always.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020443"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/7dk8y7ea33",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "20",
      "id_str" : "71000000020443",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020443",
      "created_at" : "Mon Mar 25 09:16:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The most dangerous phrase in committee rooms: we've always done it this way. ⚓ https://t.co/7dk8y7ea33",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020442"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "22",
      "id_str" : "71000000020442",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020442",
      "created_at" : "Mon Mar 25 16:49:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Sailed past the the Navy this morning. Thought about logistics program the whole time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020441"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "0",
      "id_str" : "71000000020441",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020441",
      "created_at" : "Mon Mar 25 11:42:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @cobol_committee: Hot take: mathematics needs more imagination and fewer unfinished gears.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020440"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "7"
      ],
      "favorite_count" : "10",
      "id_str" : "71000000020440",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020440",
      "created_at" : "Mon Mar 25 18:46:00 +0000 2025",
      "favorited" : false,
      "full_text" : "ship it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020439"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/aautamggxr",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "48",
      "id_str" : "71000000020439",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020439",
      "created_at" : "Mon Mar 25 06:56:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Found a loose wire in relay 12 today. Taped it into the logbook. First actual case of a bug being found. 🍺 https://t.co/aautamggxr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020438"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "38",
      "id_str" : "71000000020438",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020438",
      "created_at" : "Mon Mar 25 05:34:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@cobol_committee Handed out a hundred nanoseconds at the graduation. Everyone wants a microsecond now.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000042",
      "in_reply_to_screen_name" : "cobol_committee",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020437"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "32",
      "id_str" : "71000000020437",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020437",
      "created_at" : "Mon Mar 25 17:42:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Shipped a fix for the logistics program and celebrated with a stout.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020436"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "26",
      "id_str" : "71000000020436",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020436",
      "created_at" : "Mon Mar 25 12:06:00 +0000 2025",
      "favorited" : false,
      "full_text" : "This is a nanosecond: 11.8 inches of wire. Stop wasting them on bad indexes. 🐛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020435"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "40",
      "id_str" : "71000000020435",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020435",
      "created_at" : "Mon Mar 25 01:39:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If it's a good idea, go ahead and do it. You can apologise for the forms later. #homebrew",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020434"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "21",
      "id_str" : "71000000020434",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020434",
      "created_at" : "Mon Mar 25 22:24:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbor_brewing Humans are allergic to change. assembly is my allergy shot. ⚓",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000046",
      "in_reply_to_screen_name" : "harbor_brewing",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020433"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/hfd49r5m9r",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "5",
      "id_str" : "71000000020433",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020433",
      "created_at" : "Mon Mar 25 20:37:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The the captains asked why I keep a clock that runs counterclockwise. Because change is good. https://t.co/hfd49r5m9r",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020432"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "22",
      "id_str" : "71000000020432",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020432",
      "created_at" : "Mon Mar 25 22:29:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Wrote a compiler for FLOW-MATIC before breakfast. The coffee was the hard part.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020431"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "32",
      "id_str" : "71000000020431",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020431",
      "created_at" : "Mon Mar 25 07:01:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@cobol_committee Found a typo in relay forty-two today. Taped it into the logbook. First actual case of a bug being found.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000049",
      "in_reply_to_screen_name" : "cobol_committee",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020430"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "45",
      "id_str" : "71000000020430",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020430",
      "created_at" : "Mon Mar 25 03:26:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: measure twice, compile once. Also, hydrate. ⚓",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020429"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "14",
      "id_str" : "71000000020429",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020429",
      "created_at" : "Mon Mar 25 22:47:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If it's a good idea, go ahead and do it. You can apologise for the memos later.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020428"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "48",
      "id_str" : "71000000020428",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020428",
      "created_at" : "Mon Mar 25 16:45:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The most dangerous phrase in any office: we've always done it this way.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020427"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "44",
      "id_str" : "71000000020427",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020427",
      "created_at" : "Mon Mar 25 21:20:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Humans are allergic to change. FLOW-MATIC is my allergy shot. 🍺",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020426"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "19",
      "id_str" : "71000000020426",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020426",
      "created_at" : "Mon Mar 24 13:53:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Told the new programmers that a ship in port is safe, but that's not what ships are built for.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020425"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "16",
      "id_str" : "71000000020425",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020425",
      "created_at" : "Mon Mar 24 05:18:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Brewing a new batch of hoppy IPA this weekend. The recipe is basically a a brand new language program.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020424"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "20",
      "id_str" : "71000000020424",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020424",
      "created_at" : "Mon Mar 24 01:25:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @harbor_brewing: Wrote a compiler for FLOW-MATIC before breakfast. The coffee was the hard part.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020423"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "18",
      "id_str" : "71000000020423",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020423",
      "created_at" : "Mon Mar 24 08:04:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A 11.8 inches wire on my desk, a pale ale in the fridge, a race condition in the subroutine. Monday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020422"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "25",
      "id_str" : "71000000020422",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020422",
      "created_at" : "Mon Mar 24 02:17:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Found a moth in relay three today. Taped it into the logbook. First actual case of a bug being found.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020421"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "16",
      "id_str" : "71000000020421",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020421",
      "created_at" : "Mon Mar 24 19:10:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A-0 is not dead; it just pays the salaries of half the planet.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020420"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "40",
      "id_str" : "71000000020420",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020420",
      "created_at" : "Mon Mar 24 12:57:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Sailed past the the computer lab this morning. Thought about logistics program the whole time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020419"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "40",
      "id_str" : "71000000020419",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020419",
      "created_at" : "Mon Mar 24 20:22:00 +0000 2025",
      "favorited" : false,
      "full_text" : "It's easier to ask forgiveness than it is to get three approvals. 🍺",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020418"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "25",
      "id_str" : "71000000020418",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020418",
      "created_at" : "Mon Mar 24 20:04:00 +0000 2025",
      "favorited" : false,
      "full_text" : "This is a nanosecond: about a foot of wire. Stop wasting them on slow loops.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020417"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "23",
      "id_str" : "71000000020417",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020417",
      "created_at" : "Mon Mar 24 11:27:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's lesson for the the captains: write programs for people, not only for machines.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020416"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/fu6h3q6ck6",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "43",
      "id_str" : "71000000020416",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020416",
      "created_at" : "Mon Mar 24 14:11:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If it's a good idea, go ahead and do it. You can apologise for the paperwork later. ⏱️ https://t.co/fu6h3q6ck6",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020415"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "36",
      "id_str" : "71000000020415",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020415",
      "created_at" : "Mon Mar 24 09:03:00 +0000 2025",
      "favorited" : false,
      "full_text" : "COBOL is not dead; it just pays the salaries of half the planet. 🐛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020414"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "29",
      "id_str" : "71000000020414",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020414",
      "created_at" : "Mon Mar 24 02:59:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's lesson for the new programmers: a picture of a nanosecond is worth a thousand memos.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020413"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/aqam8qveh3",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "16",
      "id_str" : "71000000020413",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020413",
      "created_at" : "Mon Mar 24 02:41:00 +0000 2025",
      "favorited" : false,
      "full_text" : "This is a nanosecond: 30 centimetres of wire. Stop wasting them on meetings. https://t.co/aqam8qveh3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020412"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "4",
      "id_str" : "71000000020412",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020412",
      "created_at" : "Mon Mar 24 11:42:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If it's a good idea, go ahead and do it. You can explain the memos later.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020411"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "3"
      ],
      "favorite_count" : "0",
      "id_str" : "71000000020411",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020411",
      "created_at" : "Mon Mar 24 06:24:00 +0000 2025",
      "favorited" : false,
      "full_text" : "aye",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020410"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "17",
      "id_str" : "71000000020410",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020410",
      "created_at" : "Mon Mar 24 15:30:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If it's a good idea, go ahead and do it. You can file the forms later. ⚓",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020409"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "42",
      "id_str" : "71000000020409",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020409",
      "created_at" : "Mon Mar 24 01:21:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Shipped a fix for the tape drive and celebrated with a stout.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020408"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "48",
      "id_str" : "71000000020408",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020408",
      "created_at" : "Mon Mar 23 05:31:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Shipped a fix for the compiler and celebrated with a saison.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020407"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "16",
      "id_str" : "71000000020407",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020407",
      "created_at" : "Mon Mar 23 13:16:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's lesson for the midshipmen: measure twice, compile once.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020406"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "4",
      "id_str" : "71000000020406",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020406",
      "created_at" : "Mon Mar 23 06:01:00 +0000 2025",
      "favorited" : false,
      "full_text" : "FLOW-MATIC is not dead; it just pays the bills.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020405"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "26",
      "id_str" : "71000000020405",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020405",
      "created_at" : "Mon Mar 23 11:09:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The midshipmen asked why I keep a clock that runs counterclockwise. Because time is what you make of it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020404"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "24",
      "id_str" : "71000000020404",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020404",
      "created_at" : "Mon Mar 23 17:06:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Shipped a fix for the logistics program &amp; celebrated with a pale ale.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020403"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "6",
      "id_str" : "71000000020403",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020403",
      "created_at" : "Mon Mar 23 06:55:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The most dangerous phrase in the Navy: we've always done it this way. #homebrew",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020402"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "7",
      "id_str" : "71000000020402",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020402",
      "created_at" : "Mon Mar 23 01:25:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Sailed past the the harbor this morning. Thought about payroll system the whole time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020401"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "13",
      "id_str" : "71000000020401",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020401",
      "created_at" : "Mon Mar 23 22:55:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A 30 centimetres wire on my desk, a pale ale in the fridge, a loose wire in the subroutine. Monday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020400"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "44",
      "id_str" : "71000000020400",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020400",
      "created_at" : "Mon Mar 23 10:04:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbor_brewing Shipped a fix for the tape drive and celebrated with a lager.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000080",
      "in_reply_to_screen_name" : "harbor_brewing",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020399"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "31",
      "id_str" : "71000000020399",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020399",
      "created_at" : "Mon Mar 23 11:25:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Teaching midshipmen to write assembly one relay at a time. 🐛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020398"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "13",
      "id_str" : "71000000020398",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020398",
      "created_at" : "Mon Mar 23 05:07:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Handed out 12 nanoseconds at the conference. Everyone wants a microsecond now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020397"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/93ncfuxmum",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "48",
      "id_str" : "71000000020397",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020397",
      "created_at" : "Mon Mar 23 10:05:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Told the the captains that a ship in port is safe, but that's not what ships are built for. https://t.co/93ncfuxmum",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020396"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "14",
      "id_str" : "71000000020396",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020396",
      "created_at" : "Mon Mar 23 05:29:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If it's a good idea, go ahead and do it. You can sign the forms later.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020395"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "45",
      "id_str" : "71000000020395",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020395",
      "created_at" : "Mon Mar 23 03:18:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@ada_lovecode If it's a good idea, go ahead and do it. You can explain the memos later.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000085",
      "in_reply_to_screen_name" : "ada_lovecode",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020394"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/w62er2wrfw",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "20",
      "id_str" : "71000000020394",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020394",
      "created_at" : "Mon Mar 23 15:07:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The most dangerous phrase in the harbor: we've always done it this way. https://t.co/w62er2wrfw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020393"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "30",
      "id_str" : "71000000020393",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020393",
      "created_at" : "Mon Mar 23 21:12:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A about a foot wire on my desk, a hoppy IPA in the fridge, a race condition in the tape. Monday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020392"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "11",
      "id_str" : "71000000020392",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020392",
      "created_at" : "Mon Mar 23 06:24:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Wrote a compiler for COBOL before breakfast. The coffee was the hard part.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020391"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "39",
      "id_str" : "71000000020391",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020391",
      "created_at" : "Mon Mar 22 21:58:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Told the my students that a ship in port is safe, but that's not what ships are built for. ⏱️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020390"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "9",
      "id_str" : "71000000020390",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020390",
      "created_at" : "Mon Mar 22 01:37:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A 30 centimetres wire on my desk, a saison in the fridge, a off-by-one in the subroutine. Monday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020389"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "6",
      "id_str" : "71000000020389",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020389",
      "created_at" : "Mon Mar 22 11:22:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbor_brewing It's easier to ask forgiveness than it is to get a signature.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000091",
      "in_reply_to_screen_name" : "harbor_brewing",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020388"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "1",
      "id_str" : "71000000020388",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020388",
      "created_at" : "Mon Mar 22 09:57:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @cobol_committee: Morning plan: tea, Bernoulli numbers, weave the table of operations, more tea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020387"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "20",
      "id_str" : "71000000020387",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020387",
      "created_at" : "Mon Mar 22 05:14:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbor_brewing Debugging logistics program again. The beetle was in the loop, as always. #debugging",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000093",
      "in_reply_to_screen_name" : "harbor_brewing",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020386"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "26",
      "id_str" : "71000000020386",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020386",
      "created_at" : "Mon Mar 22 09:14:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Whoever invented memos never had to meet a deadline at sea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020385"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "9",
      "id_str" : "71000000020385",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020385",
      "created_at" : "Mon Mar 22 02:29:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Told the the captains that a ship in port is safe, but that's not what ships are built for.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020384"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/tssgcztq8k",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "39",
      "id_str" : "71000000020384",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020384",
      "created_at" : "Mon Mar 22 00:07:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Found a race condition in relay 12 today. Taped it into the logbook. First actual case of a bug being found. https://t.co/tssgcztq8k",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020383"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "30",
      "id_str" : "71000000020383",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020383",
      "created_at" : "Mon Mar 22 20:11:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbor_brewing The new programmers asked why I keep a clock that runs counterclockwise. Because change is good. 🍺",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000097",
      "in_reply_to_screen_name" : "harbor_brewing",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020382"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "32",
      "id_str" : "71000000020382",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020382",
      "created_at" : "Mon Mar 22 10:41:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Sailed past the the Navy this morning. Thought about payroll system the whole time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020381"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "6",
      "id_str" : "71000000020381",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020381",
      "created_at" : "Mon Mar 22 04:52:00 +0000 2025",
      "favorited" : false,
      "full_text" : "COBOL is not dead; it just pays the salaries of half the planet. 🚢 #debugging",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020380"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "44",
      "id_str" : "71000000020380",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020380",
      "created_at" : "Mon Mar 22 09:43:00 +0000 2025",
      "favorited" : false,
      "full_text" : "It's easier to ask forgiveness than it is to get the committee's blessing.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020379"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "20",
      "id_str" : "71000000020379",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020379",
      "created_at" : "Mon Mar 22 23:05:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @harbor_brewing: Reminder: write programs for people, not only for machines. Also, hydrate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020378"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "12",
      "id_str" : "71000000020378",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020378",
      "created_at" : "Mon Mar 22 17:37:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: the future belongs to those who automate the boring parts. Also, hydrate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020377"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/u6ycztukag",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "31",
      "id_str" : "71000000020377",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020377",
      "created_at" : "Mon Mar 22 06:02:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A 30 centimetres wire on my desk, a lager in the fridge, a loose wire in the subroutine. Monday. #debugging https://t.co/u6ycztukag",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020376"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "23",
      "id_str" : "71000000020376",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020376",
      "created_at" : "Mon Mar 22 00:29:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@cobol_committee Today's lesson for the my students: measure twice, compile once.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000104",
      "in_reply_to_screen_name" : "cobol_committee",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020375"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "3",
      "id_str" : "71000000020375",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020375",
      "created_at" : "Mon Mar 22 19:50:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Teaching midshipmen to write A-0 one subroutine at a time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020374"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "0",
      "id_str" : "71000000020374",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020374",
      "created_at" : "Mon Mar 22 11:05:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Humans are allergic to change. A-0 is my allergy shot.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020373"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "27",
      "id_str" : "71000000020373",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020373",
      "created_at" : "Mon Mar 21 08:34:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @harbor_brewing: Reminder: measure twice, compile once. Also, hydrate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020372"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "25",
      "id_str" : "71000000020372",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020372",
      "created_at" : "Mon Mar 21 00:06:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Found a race condition in relay three today. Taped it into the logbook. First actual case of a bug being found. 🍺",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020371"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "7",
      "id_str" : "71000000020371",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020371",
      "created_at" : "Mon Mar 21 02:11:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Humans are allergic to change. a brand new language is my allergy shot.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020370"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "24",
      "id_str" : "71000000020370",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020370",
      "created_at" : "Mon Mar 21 04:15:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Shipped a fix for the mainframe and celebrated with a hoppy IPA.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020369"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "39",
      "id_str" : "71000000020369",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020369",
      "created_at" : "Mon Mar 21 07:56:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Teaching the committee to write FLOW-MATIC one loop at a time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020368"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "47",
      "id_str" : "71000000020368",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020368",
      "created_at" : "Mon Mar 21 19:38:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Wrote a compiler for a brand new language before breakfast. The coffee was the hard part. #COBOL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020367"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "32",
      "id_str" : "71000000020367",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020367",
      "created_at" : "Mon Mar 21 16:57:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @harbor_brewing: Found a beetle in relay a hundred today. Taped it into the logbook. First actual case of a bug being found. 🐛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020366"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "19",
      "id_str" : "71000000020366",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020366",
      "created_at" : "Mon Mar 21 09:12:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The my students asked why I keep a clock that runs counterclockwise. Because it makes people ask questions.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020365"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "42",
      "id_str" : "71000000020365",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020365",
      "created_at" : "Mon Mar 21 01:36:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @cobol_committee: A loop is a promise you make to the difference engine: I will revise this again, and again.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020364"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "3",
      "id_str" : "71000000020364",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020364",
      "created_at" : "Mon Mar 21 04:18:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Found a beetle in relay 12 today. Taped it into the logbook. First actual case of a bug being found.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020363"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "23",
      "id_str" : "71000000020363",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020363",
      "created_at" : "Mon Mar 21 12:09:00 +0000 2025",
      "favorited" : false,
      "full_text" : "This is a nanosecond: 30 centimetres of wire. Stop wasting them on bad indexes. #COBOL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020362"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "20",
      "id_str" : "71000000020362",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020362",
      "created_at" : "Mon Mar 21 12:33:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If it's a good idea, go ahead and do it. You can explain the forms later.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020361"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "24",
      "id_str" : "71000000020361",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020361",
      "created_at" : "Mon Mar 21 17:14:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Shipped a fix for the logistics program and celebrated with a pale ale.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020360"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "47",
      "id_str" : "71000000020360",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020360",
      "created_at" : "Mon Mar 21 23:53:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@cobol_committee Handed out three nanoseconds at the graduation. Everyone wants a microsecond now.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000120",
      "in_reply_to_screen_name" : "cobol_committee",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020359"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "17",
      "id_str" : "71000000020359",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020359",
      "created_at" : "Mon Mar 21 00:41:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Told the the committee that a ship in port is safe, but that's not what ships are built for. ⏱️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020358"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "23",
      "id_str" : "71000000020358",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020358",
      "created_at" : "Mon Mar 21 15:50:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Shipped a fix for the compiler and celebrated with a stout.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020357"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "6",
      "id_str" : "71000000020357",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020357",
      "created_at" : "Mon Mar 21 10:58:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Sailed past the the Navy this morning. Thought about compiler the whole time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020356"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/k96eubnvks",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "3",
      "id_str" : "71000000020356",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020356",
      "created_at" : "Mon Mar 21 14:17:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Teaching the committee to write COBOL one relay at a time. https://t.co/k96eubnvks",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020355"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "23",
      "id_str" : "71000000020355",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020355",
      "created_at" : "Mon Mar 20 03:41:00 +0000 2025",
      "favorited" : false,
      "full_text" : "a brand new language is not dead; it just pays the bills.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020354"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "28",
      "id_str" : "71000000020354",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020354",
      "created_at" : "Mon Mar 20 17:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @harbor_brewing: The difference between a store and a calculator is the difference between a poem and a opinions about corsets.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020353"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/k88ycgk97t",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "40",
      "id_str" : "71000000020353",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020353",
      "created_at" : "Mon Mar 20 16:43:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Brewing a new batch of pale ale this weekend. The recipe is basically a a brand new language program. 🍺 https://t.co/k88ycgk97t",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020352"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/kvx376c3nt",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "21",
      "id_str" : "71000000020352",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020352",
      "created_at" : "Mon Mar 20 15:30:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Wrote a compiler for FLOW-MATIC before breakfast. The coffee was the hard part. https://t.co/kvx376c3nt",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020351"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "37",
      "id_str" : "71000000020351",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020351",
      "created_at" : "Mon Mar 20 23:03:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If it's a good idea, go ahead and do it. You can file the memos later.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020350"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "18",
      "id_str" : "71000000020350",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020350",
      "created_at" : "Mon Mar 20 08:57:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @harbor_brewing: Every notation problem is a weaving problem if you squint at the engine long enough. 🌙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020349"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "2",
      "id_str" : "71000000020349",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020349",
      "created_at" : "Mon Mar 20 19:24:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@ada_lovecode Sailed past the the Navy this morning. Thought about tape drive the whole time.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000131",
      "in_reply_to_screen_name" : "ada_lovecode",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020348"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "28",
      "id_str" : "71000000020348",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020348",
      "created_at" : "Mon Mar 20 11:47:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Shipped a fix for the logistics program and celebrated with a hoppy IPA. ⚓",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020347"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "6",
      "id_str" : "71000000020347",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020347",
      "created_at" : "Mon Mar 20 04:39:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Told the midshipmen that a ship in port is safe, but that's not what ships are built for.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020346"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "7",
      "id_str" : "71000000020346",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020346",
      "created_at" : "Mon Mar 20 16:33:00 +0000 2025",
      "favorited" : false,
      "full_text" : "This is a nanosecond: one long pencil of wire. Stop wasting them on slow loops.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020345"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "13",
      "id_str" : "71000000020345",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020345",
      "created_at" : "Mon Mar 20 05:20:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If it's a good idea, go ahead and do it. You can sign the budget request later.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020344"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "36",
      "id_str" : "71000000020344",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020344",
      "created_at" : "Mon Mar 20 05:54:00 +0000 2025",
      "favorited" : false,
      "full_text" : "It's easier to ask forgiveness than it is to get three approvals.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020343"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "24",
      "id_str" : "71000000020343",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020343",
      "created_at" : "Mon Mar 20 21:51:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Brewing a new batch of stout this weekend. The recipe is basically a FLOW-MATIC program. 🍺 #COBOL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020342"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "9",
      "id_str" : "71000000020342",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020342",
      "created_at" : "Mon Mar 20 03:45:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Handed out three nanoseconds at the conference. Everyone wants a microsecond now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020341"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "4",
      "id_str" : "71000000020341",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020341",
      "created_at" : "Mon Mar 20 20:28:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The most dangerous phrase in the Navy: we've always done it this way. 🍺 #COBOL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020340"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/25cyusprvh",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "34",
      "id_str" : "71000000020340",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020340",
      "created_at" : "Mon Mar 20 05:05:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Found a typo in relay forty-two today. Taped it into the logbook. First actual case of a bug being found. https://t.co/25cyusprvh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020339"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "36",
      "id_str" : "71000000020339",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020339",
      "created_at" : "Mon Mar 20 19:31:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Wrote a compiler for a brand new language before breakfast. The coffee was the hard part. #nanoseconds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020338"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "25",
      "id_str" : "71000000020338",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020338",
      "created_at" : "Mon Mar 20 02:19:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A 11.8 inches wire on my desk, a saison in the fridge, a moth in the subroutine. Monday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020337"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "14",
      "id_str" : "71000000020337",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020337",
      "created_at" : "Mon Mar 19 11:34:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Shipped a fix for the compiler and celebrated with a lager.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020336"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "6",
      "id_str" : "71000000020336",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020336",
      "created_at" : "Mon Mar 19 19:56:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @harbor_brewing: Handed out 70 nanoseconds at the conference. Everyone wants a microsecond now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020335"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "46",
      "id_str" : "71000000020335",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020335",
      "created_at" : "Mon Mar 19 11:45:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @cobol_committee: The the captains asked why I keep a clock that runs counterclockwise. Because time is what you make of it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020334"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "15",
      "id_str" : "71000000020334",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020334",
      "created_at" : "Mon Mar 19 21:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If it's a good idea, go ahead and do it. You can file the paperwork later.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020333"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "18",
      "id_str" : "71000000020333",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020333",
      "created_at" : "Mon Mar 19 22:20:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Humans are allergic to change. FLOW-MATIC is my allergy shot.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020332"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "11",
      "id_str" : "71000000020332",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020332",
      "created_at" : "Mon Mar 19 21:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @ada_lovecode: New draft of my translation is up. It has seven diagrams and one very tired author.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020331"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/8vkz35s67u",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "22",
      "id_str" : "71000000020331",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020331",
      "created_at" : "Mon Mar 19 04:17:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Wrote a compiler for a brand new language before breakfast. The coffee was the hard part. https://t.co/8vkz35s67u",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020330"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "38",
      "id_str" : "71000000020330",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020330",
      "created_at" : "Mon Mar 19 08:08:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Brewing a new batch of hoppy IPA this weekend. The recipe is basically a assembly program.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020329"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "47",
      "id_str" : "71000000020329",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020329",
      "created_at" : "Mon Mar 19 12:15:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The new programmers asked why I keep a clock that runs counterclockwise. Because it makes people ask questions. #COBOL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020328"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "38",
      "id_str" : "71000000020328",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020328",
      "created_at" : "Mon Mar 19 08:37:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The the captains asked why I keep a clock that runs counterclockwise. Because it makes people ask questions.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020327"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/q547u8brcf",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "0",
      "id_str" : "71000000020327",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020327",
      "created_at" : "Mon Mar 19 08:44:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Brewing a new batch of lager this weekend. The recipe is basically a a brand new language program. https://t.co/q547u8brcf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020326"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "23",
      "id_str" : "71000000020326",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020326",
      "created_at" : "Mon Mar 19 07:26:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Humans are allergic to change. a brand new language is my allergy shot. ⏱️ #debugging",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020325"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/nwq3qscxkb",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "25",
      "id_str" : "71000000020325",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020325",
      "created_at" : "Mon Mar 19 04:32:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: a picture of a nanosecond is worth a thousand memos. Also, hydrate. https://t.co/nwq3qscxkb",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020324"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "21",
      "id_str" : "71000000020324",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020324",
      "created_at" : "Mon Mar 19 14:22:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbor_brewing This is a nanosecond: 11.8 inches of wire. Stop wasting them on printing everything twice.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000156",
      "in_reply_to_screen_name" : "harbor_brewing",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020323"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/hpf2v9smk2",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "41",
      "id_str" : "71000000020323",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020323",
      "created_at" : "Mon Mar 19 20:30:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Told the midshipmen that a ship in port is safe, but that's not what ships are built for. #nanoseconds https://t.co/hpf2v9smk2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020322"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "26",
      "id_str" : "71000000020322",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020322",
      "created_at" : "Mon Mar 19 23:33:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: a picture of a nanosecond is worth a thousand memos. Also, hydrate. ⏱️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020321"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "29",
      "id_str" : "71000000020321",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020321",
      "created_at" : "Mon Mar 19 14:16:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbor_brewing Wrote a compiler for A-0 before breakfast. The coffee was the hard part. #debugging",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000159",
      "in_reply_to_screen_name" : "harbor_brewing",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020320"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "44",
      "id_str" : "71000000020320",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020320",
      "created_at" : "Mon Mar 19 05:05:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Whoever invented budget request never had to meet a deadline at sea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020319"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/84yc65b9cn",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "2",
      "id_str" : "71000000020319",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020319",
      "created_at" : "Mon Mar 18 15:53:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A about a foot wire on my desk, a lager in the fridge, a moth in the relay. Monday. #COBOL https://t.co/84yc65b9cn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020318"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/rz4t6a4fdn",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "47",
      "id_str" : "71000000020318",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020318",
      "created_at" : "Mon Mar 18 19:43:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A about a foot wire on my desk, a hoppy IPA in the fridge, a race condition in the punch card. Monday. 🍺 https://t.co/rz4t6a4fdn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020317"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "5",
      "id_str" : "71000000020317",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020317",
      "created_at" : "Mon Mar 18 02:19:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Debugging mainframe again. The moth was in the punch card, as always.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020316"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/7y9phbr3s4",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "13",
      "id_str" : "71000000020316",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020316",
      "created_at" : "Mon Mar 18 01:27:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The most dangerous phrase in committee rooms: we've always done it this way. https://t.co/7y9phbr3s4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020315"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "24",
      "id_str" : "71000000020315",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020315",
      "created_at" : "Mon Mar 18 21:29:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Brewing a new batch of stout this weekend. The recipe is basically a A-0 program.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020314"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "19",
      "id_str" : "71000000020314",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020314",
      "created_at" : "Mon Mar 18 23:32:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Whoever invented budget request never had to meet a deadline at sea. ⚓",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020313"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "33",
      "id_str" : "71000000020313",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020313",
      "created_at" : "Mon Mar 18 20:30:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's lesson for the the captains: the future belongs to those who automate the boring parts.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020312"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ysmnxa8s4r",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "48",
      "id_str" : "71000000020312",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020312",
      "created_at" : "Mon Mar 18 04:59:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Humans are allergic to change. a brand new language is my allergy shot. 🍺 https://t.co/ysmnxa8s4r",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020311"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "8",
      "id_str" : "71000000020311",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020311",
      "created_at" : "Mon Mar 18 00:47:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @cobol_committee: Debugging payroll system again. The beetle was in the tape, as always.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020310"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "48",
      "id_str" : "71000000020310",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020310",
      "created_at" : "Mon Mar 18 02:40:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @cobol_committee: Mathematics is the language in which the mill writes its notes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020309"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "2",
      "id_str" : "71000000020309",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020309",
      "created_at" : "Mon Mar 18 03:44:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: measure twice, compile once. Also, hydrate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020308"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/q36qdpvqtr",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "10",
      "id_str" : "71000000020308",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020308",
      "created_at" : "Mon Mar 18 19:38:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's lesson for the my students: write programs for people, not only for machines. https://t.co/q36qdpvqtr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020307"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/2dncrasxqs",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "47",
      "id_str" : "71000000020307",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020307",
      "created_at" : "Mon Mar 18 22:23:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Humans are allergic to change. A-0 is my allergy shot. 🚢 https://t.co/2dncrasxqs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020306"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/rqwaatspsh",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "19",
      "id_str" : "71000000020306",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020306",
      "created_at" : "Mon Mar 18 18:14:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: write programs for people, not only for machines. Also, hydrate. https://t.co/rqwaatspsh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020305"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "9",
      "id_str" : "71000000020305",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020305",
      "created_at" : "Mon Mar 18 06:54:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @harbor_brewing: Mathematics is the language in which the loom writes its letter to Charles.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020304"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/yyyv9d95t4",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "12",
      "id_str" : "71000000020304",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020304",
      "created_at" : "Mon Mar 18 23:25:00 +0000 2025",
      "favorited" : false,
      "full_text" : "It's easier to ask forgiveness than it is to get a signature. https://t.co/yyyv9d95t4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020303"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "5",
      "id_str" : "71000000020303",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020303",
      "created_at" : "Mon Mar 18 11:43:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@ada_lovecode Teaching my students to write assembly one subroutine at a time.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000177",
      "in_reply_to_screen_name" : "ada_lovecode",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020302"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "8",
      "id_str" : "71000000020302",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020302",
      "created_at" : "Mon Mar 17 07:41:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @ada_lovecode: If the engine could compose music, would it prefer a hymn or a sonata?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020301"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/666p96rgwu",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "48",
      "id_str" : "71000000020301",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020301",
      "created_at" : "Mon Mar 17 20:57:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Sailed past the the harbor this morning. Thought about logistics program the whole time. #homebrew https://t.co/666p96rgwu",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020300"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "10",
      "id_str" : "71000000020300",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020300",
      "created_at" : "Mon Mar 17 01:26:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Shipped a fix for the tape drive and celebrated with a saison.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020299"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/5hhsfaarr7",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "14",
      "id_str" : "71000000020299",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020299",
      "created_at" : "Mon Mar 17 20:07:00 +0000 2025",
      "favorited" : false,
      "full_text" : "This is a nanosecond: 11.8 inches of wire. Stop wasting them on slow loops. ⚓ https://t.co/5hhsfaarr7",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020298"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "39",
      "id_str" : "71000000020298",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020298",
      "created_at" : "Mon Mar 17 10:43:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Handed out a hundred nanoseconds at the graduation. Everyone wants a microsecond now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020297"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/5azbqhxxxu",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "28",
      "id_str" : "71000000020297",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020297",
      "created_at" : "Mon Mar 17 15:54:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Handed out 70 nanoseconds at the graduation. Everyone wants a microsecond now. 🐛 https://t.co/5azbqhxxxu",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020296"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "25",
      "id_str" : "71000000020296",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020296",
      "created_at" : "Mon Mar 17 03:24:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@cobol_committee Today's lesson for the new programmers: the future belongs to those who automate the boring parts.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000184",
      "in_reply_to_screen_name" : "cobol_committee",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020295"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "21",
      "id_str" : "71000000020295",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020295",
      "created_at" : "Mon Mar 17 19:39:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Found a typo in relay three today. Taped it into the logbook. First actual case of a bug being found. 🐛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020294"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "11",
      "id_str" : "71000000020294",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020294",
      "created_at" : "Mon Mar 17 15:09:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Wrote a compiler for A-0 before breakfast. The coffee was the hard part.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020293"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/n9gffyhns2",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "28",
      "id_str" : "71000000020293",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020293",
      "created_at" : "Mon Mar 17 22:39:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Debugging tape drive again. The moth was in the subroutine, as always. https://t.co/n9gffyhns2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020292"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "12",
      "id_str" : "71000000020292",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020292",
      "created_at" : "Mon Mar 17 05:15:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Found a loose wire in relay 12 today. Taped it into the logbook. First actual case of a bug being found.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020291"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "43",
      "id_str" : "71000000020291",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020291",
      "created_at" : "Mon Mar 17 20:46:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Brewing a new batch of lager this weekend. The recipe is basically a A-0 program.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020290"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "14",
      "id_str" : "71000000020290",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020290",
      "created_at" : "Mon Mar 17 10:40:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A about a foot wire on my desk, a saison in the fridge, a moth in the punch card. Monday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020289"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "0",
      "id_str" : "71000000020289",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020289",
      "created_at" : "Mon Mar 17 20:43:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@ada_lovecode Handed out three nanoseconds at the staff meeting. Everyone wants a microsecond now.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000191",
      "in_reply_to_screen_name" : "ada_lovecode",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020288"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "7",
      "id_str" : "71000000020288",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020288",
      "created_at" : "Mon Mar 17 05:58:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's lesson for the new programmers: write programs for people, not only for machines.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020287"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "42",
      "id_str" : "71000000020287",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020287",
      "created_at" : "Mon Mar 17 03:56:00 +0000 2025",
      "favorited" : false,
      "full_text" : "It's easier to ask forgiveness than it is to get a signature.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020286"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "48",
      "id_str" : "71000000020286",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020286",
      "created_at" : "Mon Mar 17 16:30:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Told the my students that a ship in port is safe, but that's not what ships are built for.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020285"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "24",
      "id_str" : "71000000020285",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020285",
      "created_at" : "Mon Mar 17 20:10:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The most dangerous phrase in committee rooms: we've always done it this way. ⏱️ #debugging",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020284"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "40",
      "id_str" : "71000000020284",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020284",
      "created_at" : "Mon Mar 16 11:54:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@ada_lovecode This is a nanosecond: about a foot of wire. Stop wasting them on meetings.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000196",
      "in_reply_to_screen_name" : "ada_lovecode",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020283"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "44",
      "id_str" : "71000000020283",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020283",
      "created_at" : "Mon Mar 16 08:27:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A about a foot wire on my desk, a stout in the fridge, a race condition in the loop. Monday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020282"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "17",
      "id_str" : "71000000020282",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020282",
      "created_at" : "Mon Mar 16 09:04:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@ada_lovecode COBOL is not dead; it just pays the pensions.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000198",
      "in_reply_to_screen_name" : "ada_lovecode",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020281"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "29",
      "id_str" : "71000000020281",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020281",
      "created_at" : "Mon Mar 16 11:21:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbor_brewing Debugging tape drive again. The loose wire was in the loop, as always. #debugging",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000199",
      "in_reply_to_screen_name" : "harbor_brewing",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020280"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "9",
      "id_str" : "71000000020280",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020280",
      "created_at" : "Mon Mar 16 13:11:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If it's a good idea, go ahead and do it. You can sign the budget request later. #COBOL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020279"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "5",
      "id_str" : "71000000020279",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020279",
      "created_at" : "Mon Mar 16 18:09:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@cobol_committee Today's lesson for the midshipmen: the future belongs to those who automate the boring parts.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000201",
      "in_reply_to_screen_name" : "cobol_committee",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020278"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "19",
      "id_str" : "71000000020278",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020278",
      "created_at" : "Mon Mar 16 18:31:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Found a moth in relay 70 today. Taped it into the logbook. First actual case of a bug being found.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020277"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "25",
      "id_str" : "71000000020277",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020277",
      "created_at" : "Mon Mar 16 13:05:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Handed out forty-two nanoseconds at the harbor open day. Everyone wants a microsecond now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020276"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "1",
      "id_str" : "71000000020276",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020276",
      "created_at" : "Mon Mar 16 03:54:00 +0000 2025",
      "favorited" : false,
      "full_text" : "It's easier to ask forgiveness than it is to get the committee's blessing. ⏱️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020275"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "39",
      "id_str" : "71000000020275",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020275",
      "created_at" : "Mon Mar 16 17:01:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @harbor_brewing: Humans are allergic to change. FLOW-MATIC is my allergy shot.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020274"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "49",
      "id_str" : "71000000020274",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020274",
      "created_at" : "Mon Mar 16 09:05:00 +0000 2025",
      "favorited" : false,
      "full_text" : "FLOW-MATIC is not dead; it just pays the pensions.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020273"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "1",
      "id_str" : "71000000020273",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020273",
      "created_at" : "Mon Mar 16 19:45:00 +0000 2025",
      "favorited" : false,
      "full_text" : "It's easier to ask forgiveness than it is to get the committee's blessing. ⚓",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020272"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/s87n6ehp6n",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "6",
      "id_str" : "71000000020272",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020272",
      "created_at" : "Mon Mar 16 07:51:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: the future belongs to those who automate the boring parts. Also, hydrate. https://t.co/s87n6ehp6n",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020271"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "25",
      "id_str" : "71000000020271",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020271",
      "created_at" : "Mon Mar 16 05:58:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Humans are allergic to change. COBOL is my allergy shot.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020270"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "20",
      "id_str" : "71000000020270",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020270",
      "created_at" : "Mon Mar 16 06:09:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @harbor_brewing: Handed out forty-two nanoseconds at the staff meeting. Everyone wants a microsecond now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020269"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/zq8kgcdfvk",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "1",
      "id_str" : "71000000020269",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020269",
      "created_at" : "Mon Mar 16 08:57:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Wrote a compiler for COBOL before breakfast. The coffee was the hard part. https://t.co/zq8kgcdfvk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020268"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "30",
      "id_str" : "71000000020268",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020268",
      "created_at" : "Mon Mar 16 12:09:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The the captains asked why I keep a clock that runs counterclockwise. Because change is good. #nanoseconds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020267"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "10",
      "id_str" : "71000000020267",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020267",
      "created_at" : "Mon Mar 16 08:45:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's lesson for the new programmers: write programs for people, not only for machines. 🐛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020266"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "0",
      "id_str" : "71000000020266",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020266",
      "created_at" : "Mon Mar 15 08:46:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Sailed past the committee rooms this morning. Thought about payroll system the whole time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020265"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "38",
      "id_str" : "71000000020265",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020265",
      "created_at" : "Mon Mar 15 09:42:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Handed out 12 nanoseconds at the graduation. Everyone wants a microsecond now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020264"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "2",
      "id_str" : "71000000020264",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020264",
      "created_at" : "Mon Mar 15 13:22:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Debugging tape drive again. The off-by-one was in the relay, as always.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020263"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/cxwdzg72c9",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "25",
      "id_str" : "71000000020263",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020263",
      "created_at" : "Mon Mar 15 18:05:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Debugging payroll system again. The off-by-one was in the tape, as always. https://t.co/cxwdzg72c9",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020262"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "12",
      "id_str" : "71000000020262",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020262",
      "created_at" : "Mon Mar 15 19:53:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Humans are allergic to change. COBOL is my allergy shot. ⚓",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020261"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "5",
      "id_str" : "71000000020261",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020261",
      "created_at" : "Mon Mar 15 07:18:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Debugging logistics program again. The typo was in the punch card, as always. #homebrew",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020260"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "10",
      "id_str" : "71000000020260",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020260",
      "created_at" : "Mon Mar 15 21:38:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Humans are allergic to change. assembly is my allergy shot.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020259"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "5",
      "id_str" : "71000000020259",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020259",
      "created_at" : "Mon Mar 15 07:52:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Whoever invented paperwork never had to meet a deadline at sea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020258"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "36",
      "id_str" : "71000000020258",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020258",
      "created_at" : "Mon Mar 15 11:33:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A about a foot wire on my desk, a hoppy IPA in the fridge, a typo in the punch card. Monday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020257"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "28",
      "id_str" : "71000000020257",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020257",
      "created_at" : "Mon Mar 15 17:52:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @cobol_committee: Handed out three nanoseconds at the staff meeting. Everyone wants a microsecond now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020256"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "14",
      "id_str" : "71000000020256",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020256",
      "created_at" : "Mon Mar 15 14:06:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Shipped a fix for the logistics program and celebrated with a saison.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020255"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "24",
      "id_str" : "71000000020255",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020255",
      "created_at" : "Mon Mar 15 04:01:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The most dangerous phrase in the harbor: we've always done it this way. #nanoseconds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020254"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "7",
      "id_str" : "71000000020254",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020254",
      "created_at" : "Mon Mar 15 22:55:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @cobol_committee: A 30 centimetres wire on my desk, a pale ale in the fridge, a beetle in the loop. Monday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020253"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "29",
      "id_str" : "71000000020253",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020253",
      "created_at" : "Mon Mar 15 23:13:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@cobol_committee Found a off-by-one in relay three today. Taped it into the logbook. First actual case of a bug being found.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000227",
      "in_reply_to_screen_name" : "cobol_committee",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020252"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "38",
      "id_str" : "71000000020252",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020252",
      "created_at" : "Mon Mar 15 14:53:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Brewing a new batch of stout this weekend. The recipe is basically a COBOL program. #nanoseconds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020251"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "11",
      "id_str" : "71000000020251",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020251",
      "created_at" : "Mon Mar 15 04:07:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Told the the captains that a ship in port is safe, but that's not what ships are built for. ⏱️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020250"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/xenqgs4w89",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "21",
      "id_str" : "71000000020250",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020250",
      "created_at" : "Mon Mar 15 12:53:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Wrote a compiler for FLOW-MATIC before breakfast. The coffee was the hard part. #debugging https://t.co/xenqgs4w89",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020249"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "10",
      "id_str" : "71000000020249",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020249",
      "created_at" : "Mon Mar 15 17:48:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Found a typo in relay 12 today. Taped it into the logbook. First actual case of a bug being found. ⚓",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020248"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "26",
      "id_str" : "71000000020248",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020248",
      "created_at" : "Mon Mar 14 09:37:00 +0000 2025",
      "favorited" : false,
      "full_text" : "FLOW-MATIC is not dead; it just pays the pensions. 🚢",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020247"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "3",
      "id_str" : "71000000020247",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020247",
      "created_at" : "Mon Mar 14 05:41:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Brewing a new batch of pale ale this weekend. The recipe is basically a COBOL program. 🐛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020246"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "28",
      "id_str" : "71000000020246",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020246",
      "created_at" : "Mon Mar 14 16:17:00 +0000 2025",
      "favorited" : false,
      "full_text" : "This is a nanosecond: about a foot of wire. Stop wasting them on printing everything twice. ⏱️ #debugging",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020245"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "11",
      "id_str" : "71000000020245",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020245",
      "created_at" : "Mon Mar 14 09:35:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Teaching my students to write FLOW-MATIC one subroutine at a time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020244"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "44",
      "id_str" : "71000000020244",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020244",
      "created_at" : "Mon Mar 14 01:20:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Brewing a new batch of saison this weekend. The recipe is basically a a brand new language program.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020243"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "3",
      "id_str" : "71000000020243",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020243",
      "created_at" : "Mon Mar 14 19:15:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Debugging compiler again. The moth was in the punch card, as always.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020242"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "37",
      "id_str" : "71000000020242",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020242",
      "created_at" : "Mon Mar 14 20:53:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbor_brewing It's easier to ask forgiveness than it is to get permission. #homebrew",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000238",
      "in_reply_to_screen_name" : "harbor_brewing",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020241"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "47",
      "id_str" : "71000000020241",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020241",
      "created_at" : "Mon Mar 14 19:38:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Debugging mainframe again. The typo was in the punch card, as always.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020240"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "23",
      "id_str" : "71000000020240",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020240",
      "created_at" : "Mon Mar 14 07:46:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbor_brewing The the committee asked why I keep a clock that runs counterclockwise. Because time is what you make of it.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000240",
      "in_reply_to_screen_name" : "harbor_brewing",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020239"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "12",
      "id_str" : "71000000020239",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020239",
      "created_at" : "Mon Mar 14 21:09:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @ada_lovecode: Brewing a new batch of lager this weekend. The recipe is basically a COBOL program.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020238"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/m78kpqarw8",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "49",
      "id_str" : "71000000020238",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020238",
      "created_at" : "Mon Mar 14 12:15:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: write programs for people, not only for machines. Also, hydrate. https://t.co/m78kpqarw8",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020237"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "19",
      "id_str" : "71000000020237",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020237",
      "created_at" : "Mon Mar 14 15:09:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Brewing a new batch of pale ale this weekend. The recipe is basically a FLOW-MATIC program.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020236"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "4"
      ],
      "favorite_count" : "47",
      "id_str" : "71000000020236",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020236",
      "created_at" : "Mon Mar 14 14:01:00 +0000 2025",
      "favorited" : false,
      "full_text" : "nope",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020235"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/z32sxw58nd",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "22",
      "id_str" : "71000000020235",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020235",
      "created_at" : "Mon Mar 14 01:49:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Sailed past the committee rooms this morning. Thought about logistics program the whole time. https://t.co/z32sxw58nd",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020234"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "33",
      "id_str" : "71000000020234",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020234",
      "created_at" : "Mon Mar 14 15:38:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Found a loose wire in relay forty-two today. Taped it into the logbook. First actual case of a bug being found.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020233"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "17",
      "id_str" : "71000000020233",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020233",
      "created_at" : "Mon Mar 14 02:06:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: write programs for people, not only for machines. Also, hydrate. #nanoseconds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020232"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "12",
      "id_str" : "71000000020232",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020232",
      "created_at" : "Mon Mar 14 18:46:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: measure twice, compile once. Also, hydrate. #debugging",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020231"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "19",
      "id_str" : "71000000020231",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020231",
      "created_at" : "Mon Mar 13 02:21:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: write programs for people, not only for machines. Also, hydrate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020230"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "15",
      "id_str" : "71000000020230",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020230",
      "created_at" : "Mon Mar 13 00:40:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Wrote a compiler for A-0 before breakfast. The coffee was the hard part. 🚢",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020229"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "31",
      "id_str" : "71000000020229",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020229",
      "created_at" : "Mon Mar 13 02:26:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@cobol_committee Handed out 12 nanoseconds at the conference. Everyone wants a microsecond now. ⚓",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000251",
      "in_reply_to_screen_name" : "cobol_committee",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020228"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "43",
      "id_str" : "71000000020228",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020228",
      "created_at" : "Mon Mar 13 17:21:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If it's a good idea, go ahead and do it. You can explain the paperwork later.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020227"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "36",
      "id_str" : "71000000020227",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020227",
      "created_at" : "Mon Mar 13 19:28:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's lesson for the the committee: measure twice, compile once.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020226"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "43",
      "id_str" : "71000000020226",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020226",
      "created_at" : "Mon Mar 13 20:37:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Humans are allergic to change. a brand new language is my allergy shot. #homebrew",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020225"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/rx4g8gmgax",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "41",
      "id_str" : "71000000020225",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020225",
      "created_at" : "Mon Mar 13 12:33:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Teaching midshipmen to write a brand new language one punch card at a time. https://t.co/rx4g8gmgax",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020224"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "13",
      "id_str" : "71000000020224",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020224",
      "created_at" : "Mon Mar 13 03:26:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Brewing a new batch of stout this weekend. The recipe is basically a assembly program. #debugging",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020223"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "0",
      "id_str" : "71000000020223",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020223",
      "created_at" : "Mon Mar 13 10:24:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbor_brewing Found a off-by-one in relay three today. Taped it into the logbook. First actual case of a bug being found.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000257",
      "in_reply_to_screen_name" : "harbor_brewing",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020222"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "28",
      "id_str" : "71000000020222",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020222",
      "created_at" : "Mon Mar 13 04:57:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @harbor_brewing: Reminder: write programs for people, not only for machines. Also, hydrate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020221"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/zga7qy7x2b",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "32",
      "id_str" : "71000000020221",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020221",
      "created_at" : "Mon Mar 13 22:05:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: measure twice, compile once. Also, hydrate. https://t.co/zga7qy7x2b",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020220"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "29",
      "id_str" : "71000000020220",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020220",
      "created_at" : "Mon Mar 13 13:08:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @ada_lovecode: Small joy: a proof about analysis that fits on one card.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020219"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "23",
      "id_str" : "71000000020219",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020219",
      "created_at" : "Mon Mar 13 07:47:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@ada_lovecode Debugging tape drive again. The moth was in the tape, as always. #nanoseconds",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000261",
      "in_reply_to_screen_name" : "ada_lovecode",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020218"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "21",
      "id_str" : "71000000020218",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020218",
      "created_at" : "Mon Mar 13 09:05:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @cobol_committee: Kept the lamp on until the candle gave out working through a recurrence. Worth it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020217"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "18",
      "id_str" : "71000000020217",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020217",
      "created_at" : "Mon Mar 13 07:03:00 +0000 2025",
      "favorited" : false,
      "full_text" : "This is a nanosecond: about a foot of wire. Stop wasting them on bad indexes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020216"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/9tpk9g4s2u",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "38",
      "id_str" : "71000000020216",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020216",
      "created_at" : "Mon Mar 13 00:36:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Sailed past the committee rooms this morning. Thought about tape drive the whole time. https://t.co/9tpk9g4s2u",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020215"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "42",
      "id_str" : "71000000020215",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020215",
      "created_at" : "Mon Mar 13 01:49:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A about a foot wire on my desk, a pale ale in the fridge, a moth in the subroutine. Monday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020214"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "40",
      "id_str" : "71000000020214",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020214",
      "created_at" : "Mon Mar 13 11:54:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbor_brewing Handed out 12 nanoseconds at the conference. Everyone wants a microsecond now.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000266",
      "in_reply_to_screen_name" : "harbor_brewing",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020213"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "27",
      "id_str" : "71000000020213",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020213",
      "created_at" : "Mon Mar 12 16:38:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@ada_lovecode Debugging compiler again. The moth was in the punch card, as always.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000267",
      "in_reply_to_screen_name" : "ada_lovecode",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020212"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/rr6wgy7dbq",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "27",
      "id_str" : "71000000020212",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020212",
      "created_at" : "Mon Mar 12 11:48:00 +0000 2025",
      "favorited" : false,
      "full_text" : "COBOL is not dead; it just pays the pensions. https://t.co/rr6wgy7dbq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020211"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "17",
      "id_str" : "71000000020211",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020211",
      "created_at" : "Mon Mar 12 02:30:00 +0000 2025",
      "favorited" : false,
      "full_text" : "This is a nanosecond: 30 centimetres of wire. Stop wasting them on meetings.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020210"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "3",
      "id_str" : "71000000020210",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020210",
      "created_at" : "Mon Mar 12 20:11:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Brewing a new batch of lager this weekend. The recipe is basically a COBOL program. #COBOL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020209"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "13",
      "id_str" : "71000000020209",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020209",
      "created_at" : "Mon Mar 12 19:13:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Found a typo in relay 12 today. Taped it into the logbook. First actual case of a bug being found.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020208"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "27",
      "id_str" : "71000000020208",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020208",
      "created_at" : "Mon Mar 12 16:42:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If it's a good idea, go ahead &amp; do it. You can explain the memos later.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020207"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "43",
      "id_str" : "71000000020207",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020207",
      "created_at" : "Mon Mar 12 16:07:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If it's a good idea, go ahead and do it. You can explain the memos later. #COBOL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020206"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "8",
      "id_str" : "71000000020206",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020206",
      "created_at" : "Mon Mar 12 10:30:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The the committee asked why I keep a clock that runs counterclockwise. Because it makes people ask questions.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020205"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "44",
      "id_str" : "71000000020205",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020205",
      "created_at" : "Mon Mar 12 11:34:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Found a typo in relay forty-two today. Taped it into the logbook. First actual case of a bug being found.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020204"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "38",
      "id_str" : "71000000020204",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020204",
      "created_at" : "Mon Mar 12 16:57:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Told the midshipmen that a ship in port is safe, but that's not what ships are built for. 🚢",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020203"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "30",
      "id_str" : "71000000020203",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020203",
      "created_at" : "Mon Mar 12 09:22:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The the captains asked why I keep a clock that runs counterclockwise. Because change is good.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020202"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "0",
      "id_str" : "71000000020202",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020202",
      "created_at" : "Mon Mar 12 00:58:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @harbor_brewing: Wrote a compiler for FLOW-MATIC before breakfast. The coffee was the hard part. 🐛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020201"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "22",
      "id_str" : "71000000020201",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020201",
      "created_at" : "Mon Mar 12 12:10:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Found a race condition in relay three today. Taped it into the logbook. First actual case of a bug being found.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020200"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "30",
      "id_str" : "71000000020200",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020200",
      "created_at" : "Mon Mar 12 17:42:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @ada_lovecode: Reminder that a series expansion is beautiful and you are allowed to revise it slowly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020199"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "2",
      "id_str" : "71000000020199",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020199",
      "created_at" : "Mon Mar 12 14:46:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbor_brewing Handed out three nanoseconds at the harbor open day. Everyone wants a microsecond now.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000281",
      "in_reply_to_screen_name" : "harbor_brewing",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020198"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "47",
      "id_str" : "71000000020198",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020198",
      "created_at" : "Mon Mar 12 14:25:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @cobol_committee: If the difference engine could compose music, would it prefer a hymn or a fugue?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020197"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "43",
      "id_str" : "71000000020197",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020197",
      "created_at" : "Mon Mar 12 19:28:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The most dangerous phrase in committee rooms: we've always done it this way. #homebrew",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020196"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "33",
      "id_str" : "71000000020196",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020196",
      "created_at" : "Mon Mar 12 17:12:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Sailed past the any office this morning. Thought about tape drive the whole time. ⏱️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020195"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "25",
      "id_str" : "71000000020195",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020195",
      "created_at" : "Mon Mar 11 13:52:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Teaching new programmers to write COBOL one subroutine at a time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020194"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "9",
      "id_str" : "71000000020194",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020194",
      "created_at" : "Mon Mar 11 16:33:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A 30 centimetres wire on my desk, a lager in the fridge, a race condition in the relay. Monday. #homebrew",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020193"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "34",
      "id_str" : "71000000020193",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020193",
      "created_at" : "Mon Mar 11 01:09:00 +0000 2025",
      "favorited" : false,
      "full_text" : "This is a nanosecond: 11.8 inches of wire. Stop wasting them on bad indexes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020192"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "25",
      "id_str" : "71000000020192",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020192",
      "created_at" : "Mon Mar 11 20:38:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The most dangerous phrase in the computer lab: we've always done it this way.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020191"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "28",
      "id_str" : "71000000020191",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020191",
      "created_at" : "Mon Mar 11 03:37:00 +0000 2025",
      "favorited" : false,
      "full_text" : "This is a nanosecond: 11.8 inches of wire. Stop wasting them on slow loops. #debugging",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020190"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "4",
      "id_str" : "71000000020190",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020190",
      "created_at" : "Mon Mar 11 01:40:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Brewing a new batch of lager this weekend. The recipe is basically a a brand new language program. 🍺",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020189"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "5",
      "id_str" : "71000000020189",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020189",
      "created_at" : "Mon Mar 11 17:13:00 +0000 2025",
      "favorited" : false,
      "full_text" : "This is a nanosecond: 11.8 inches of wire. Stop wasting them on printing everything twice.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020188"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "0",
      "id_str" : "71000000020188",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020188",
      "created_at" : "Mon Mar 11 03:56:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Debugging tape drive again. The moth was in the punch card, as always. 🐛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020187"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "18",
      "id_str" : "71000000020187",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020187",
      "created_at" : "Mon Mar 11 01:24:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The most dangerous phrase in the Navy: we've always done it this way.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020186"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/xxaguy2ybe",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "40",
      "id_str" : "71000000020186",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020186",
      "created_at" : "Mon Mar 11 22:52:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Wrote a compiler for FLOW-MATIC before breakfast. The coffee was the hard part. https://t.co/xxaguy2ybe",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020185"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "46",
      "id_str" : "71000000020185",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020185",
      "created_at" : "Mon Mar 11 00:24:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: write programs for people, not only for machines. Also, hydrate. #COBOL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020184"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "12",
      "id_str" : "71000000020184",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020184",
      "created_at" : "Mon Mar 11 07:08:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Debugging logistics program again. The typo was in the loop, as always.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020183"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/tczf5twaaq",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "20",
      "id_str" : "71000000020183",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020183",
      "created_at" : "Mon Mar 11 06:37:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Shipped a fix for the compiler and celebrated with a pale ale. https://t.co/tczf5twaaq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020182"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/tsfvcnm4ap",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "13",
      "id_str" : "71000000020182",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020182",
      "created_at" : "Mon Mar 11 14:34:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The the committee asked why I keep a clock that runs counterclockwise. Because it makes people ask questions. https://t.co/tsfvcnm4ap",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020181"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/xrrqrt9kyz",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "13",
      "id_str" : "71000000020181",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020181",
      "created_at" : "Mon Mar 11 20:56:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Whoever invented memos never had to meet a deadline at sea. https://t.co/xrrqrt9kyz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020180"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "8",
      "id_str" : "71000000020180",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020180",
      "created_at" : "Mon Mar 11 21:47:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Teaching the committee to write COBOL one loop at a time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020179"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/vwhv2ra7ph",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "41",
      "id_str" : "71000000020179",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020179",
      "created_at" : "Mon Mar 11 13:41:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Wrote a compiler for COBOL before breakfast. The coffee was the hard part. ⏱️ https://t.co/vwhv2ra7ph",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020178"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "17",
      "id_str" : "71000000020178",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020178",
      "created_at" : "Mon Mar 11 11:57:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Brewing a new batch of lager this weekend. The recipe is basically a FLOW-MATIC program.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020177"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "8",
      "id_str" : "71000000020177",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020177",
      "created_at" : "Mon Mar 10 08:10:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Teaching the captains to write COBOL one subroutine at a time. ⚓ #debugging",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020176"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "48",
      "id_str" : "71000000020176",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020176",
      "created_at" : "Mon Mar 10 00:51:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A-0 is not dead; it just pays the salaries of half the planet. #COBOL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020175"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "46",
      "id_str" : "71000000020175",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020175",
      "created_at" : "Mon Mar 10 10:42:00 +0000 2025",
      "favorited" : false,
      "full_text" : "This is a nanosecond: 11.8 inches of wire. Stop wasting them on slow loops. 🍺",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020174"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "15",
      "id_str" : "71000000020174",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020174",
      "created_at" : "Mon Mar 10 00:06:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@ada_lovecode Handed out 12 nanoseconds at the harbor open day. Everyone wants a microsecond now.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000306",
      "in_reply_to_screen_name" : "ada_lovecode",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020173"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "27",
      "id_str" : "71000000020173",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020173",
      "created_at" : "Mon Mar 10 21:34:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @ada_lovecode: Whoever invented paperwork never had to meet a deadline at sea. ⚓",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020172"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "32",
      "id_str" : "71000000020172",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020172",
      "created_at" : "Mon Mar 10 02:18:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A 30 centimetres wire on my desk, a lager in the fridge, a loose wire in the punch card. Monday. 🐛 #debugging",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020171"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/rsg9q6gnd5",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "22",
      "id_str" : "71000000020171",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020171",
      "created_at" : "Mon Mar 10 23:32:00 +0000 2025",
      "favorited" : false,
      "full_text" : "This is a nanosecond: 30 centimetres of wire. Stop wasting them on bad indexes. ⚓ https://t.co/rsg9q6gnd5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020170"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "3",
      "id_str" : "71000000020170",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020170",
      "created_at" : "Mon Mar 10 17:10:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's lesson for the midshipmen: measure twice, compile once. ⚓ #debugging",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020169"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "14",
      "id_str" : "71000000020169",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020169",
      "created_at" : "Mon Mar 10 04:08:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@ada_lovecode Told the my students that a ship in port is safe, but that's not what ships are built for.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000311",
      "in_reply_to_screen_name" : "ada_lovecode",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020168"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "44",
      "id_str" : "71000000020168",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020168",
      "created_at" : "Mon Mar 10 16:22:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbor_brewing Reminder: a picture of a nanosecond is worth a thousand memos. Also, hydrate. ⚓",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000312",
      "in_reply_to_screen_name" : "harbor_brewing",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020167"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "14",
      "id_str" : "71000000020167",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020167",
      "created_at" : "Mon Mar 10 11:01:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Teaching midshipmen to write A-0 one relay at a time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020166"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "41",
      "id_str" : "71000000020166",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020166",
      "created_at" : "Mon Mar 10 14:05:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@ada_lovecode Brewing a new batch of saison this weekend. The recipe is basically a A-0 program.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000314",
      "in_reply_to_screen_name" : "ada_lovecode",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020165"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "30",
      "id_str" : "71000000020165",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020165",
      "created_at" : "Mon Mar 10 16:41:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbor_brewing If it's a good idea, go ahead and do it. You can apologise for the budget request later.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000315",
      "in_reply_to_screen_name" : "harbor_brewing",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020164"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "10",
      "id_str" : "71000000020164",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020164",
      "created_at" : "Mon Mar 10 07:18:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The most dangerous phrase in committee rooms: we've always done it this way.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020163"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "32",
      "id_str" : "71000000020163",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020163",
      "created_at" : "Mon Mar 10 19:59:00 +0000 2025",
      "favorited" : false,
      "full_text" : "This is a nanosecond: 11.8 inches of wire. Stop wasting them on printing everything twice. 🚢",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020162"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "41",
      "id_str" : "71000000020162",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020162",
      "created_at" : "Mon Mar 10 23:25:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Teaching the captains to write assembly one relay at a time. #COBOL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020161"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "38",
      "id_str" : "71000000020161",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020161",
      "created_at" : "Mon Mar 10 16:30:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@cobol_committee Teaching new programmers to write A-0 one subroutine at a time.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000319",
      "in_reply_to_screen_name" : "cobol_committee",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020160"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "31",
      "id_str" : "71000000020160",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020160",
      "created_at" : "Mon Mar 10 13:40:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @cobol_committee: A loop is a promise you make to the difference engine: I will annotate this again, &amp; again.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020159"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "6",
      "id_str" : "71000000020159",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020159",
      "created_at" : "Mon Mar 09 19:17:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@ada_lovecode Teaching new programmers to write FLOW-MATIC one tape at a time.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000321",
      "in_reply_to_screen_name" : "ada_lovecode",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020158"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "2",
      "id_str" : "71000000020158",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020158",
      "created_at" : "Mon Mar 09 11:23:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Teaching my students to write COBOL one tape at a time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020157"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "10",
      "id_str" : "71000000020157",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020157",
      "created_at" : "Mon Mar 09 06:40:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbor_brewing The most dangerous phrase in any office: we've always done it this way.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000323",
      "in_reply_to_screen_name" : "harbor_brewing",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020156"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/u7um5r4mq6",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "41",
      "id_str" : "71000000020156",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020156",
      "created_at" : "Mon Mar 09 12:10:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A 30 centimetres wire on my desk, a stout in the fridge, a race condition in the punch card. Monday. 🐛 https://t.co/u7um5r4mq6",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020155"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "31",
      "id_str" : "71000000020155",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020155",
      "created_at" : "Mon Mar 09 16:53:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Found a beetle in relay three today. Taped it into the logbook. First actual case of a bug being found.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020154"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "17",
      "id_str" : "71000000020154",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020154",
      "created_at" : "Mon Mar 09 14:51:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Sailed past the the harbor this morning. Thought about logistics program the whole time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020153"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "47",
      "id_str" : "71000000020153",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020153",
      "created_at" : "Mon Mar 09 16:23:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A one long pencil wire on my desk, a saison in the fridge, a off-by-one in the subroutine. Monday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020152"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "41",
      "id_str" : "71000000020152",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020152",
      "created_at" : "Mon Mar 09 21:37:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A one long pencil wire on my desk, a lager in the fridge, a beetle in the tape. Monday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020151"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "10",
      "id_str" : "71000000020151",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020151",
      "created_at" : "Mon Mar 09 04:38:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbor_brewing If it's a good idea, go ahead and do it. You can explain the paperwork later.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000329",
      "in_reply_to_screen_name" : "harbor_brewing",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020150"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "49",
      "id_str" : "71000000020150",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020150",
      "created_at" : "Mon Mar 09 17:58:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Debugging tape drive again. The loose wire was in the loop, as always.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020149"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "13",
      "id_str" : "71000000020149",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020149",
      "created_at" : "Mon Mar 09 22:30:00 +0000 2025",
      "favorited" : false,
      "full_text" : "This is a nanosecond: 11.8 inches of wire. Stop wasting them on slow loops.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020148"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/5v3xtkbc7r",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "4",
      "id_str" : "71000000020148",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020148",
      "created_at" : "Mon Mar 09 18:04:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If it's a good idea, go ahead and do it. You can file the forms later. #COBOL https://t.co/5v3xtkbc7r",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020147"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "24",
      "id_str" : "71000000020147",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020147",
      "created_at" : "Mon Mar 09 19:37:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Sailed past the the harbor this morning. Thought about logistics program the whole time. #homebrew",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020146"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "8",
      "id_str" : "71000000020146",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020146",
      "created_at" : "Mon Mar 09 03:36:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Brewing a new batch of saison this weekend. The recipe is basically a A-0 program.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020145"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "40",
      "id_str" : "71000000020145",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020145",
      "created_at" : "Mon Mar 09 12:17:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A 30 centimetres wire on my desk, a lager in the fridge, a beetle in the tape. Monday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020144"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/z8s6935ert",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "19",
      "id_str" : "71000000020144",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020144",
      "created_at" : "Mon Mar 09 16:17:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Humans are allergic to change. assembly is my allergy shot. https://t.co/z8s6935ert",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020143"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "14",
      "id_str" : "71000000020143",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020143",
      "created_at" : "Mon Mar 09 14:21:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Shipped a fix for the tape drive and celebrated with a pale ale.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020142"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "19",
      "id_str" : "71000000020142",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020142",
      "created_at" : "Mon Mar 08 02:45:00 +0000 2025",
      "favorited" : false,
      "full_text" : "This is a nanosecond: 30 centimetres of wire. Stop wasting them on bad indexes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020141"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/tp3xw2krgb",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "42",
      "id_str" : "71000000020141",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020141",
      "created_at" : "Mon Mar 08 11:31:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Debugging payroll system again. The beetle was in the loop, as always. https://t.co/tp3xw2krgb",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020140"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/57av8zu8h2",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "33",
      "id_str" : "71000000020140",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020140",
      "created_at" : "Mon Mar 08 13:11:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Found a off-by-one in relay three today. Taped it into the logbook. First actual case of a bug being found. https://t.co/57av8zu8h2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020139"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/u5u3pezwgd",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "40",
      "id_str" : "71000000020139",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020139",
      "created_at" : "Mon Mar 08 00:57:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: write programs for people, not only for machines. Also, hydrate. #COBOL https://t.co/u5u3pezwgd",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020138"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ftebtds9bn",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "33",
      "id_str" : "71000000020138",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020138",
      "created_at" : "Mon Mar 08 05:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Handed out a hundred nanoseconds at the conference. Everyone wants a microsecond now. https://t.co/ftebtds9bn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020137"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/s28e8p62rw",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "42",
      "id_str" : "71000000020137",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020137",
      "created_at" : "Mon Mar 08 19:42:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Debugging tape drive again. The race condition was in the relay, as always. https://t.co/s28e8p62rw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020136"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "36",
      "id_str" : "71000000020136",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020136",
      "created_at" : "Mon Mar 08 03:56:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Brewing a new batch of hoppy IPA this weekend. The recipe is basically a COBOL program.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020135"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "29",
      "id_str" : "71000000020135",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020135",
      "created_at" : "Mon Mar 08 09:13:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbor_brewing Teaching new programmers to write assembly one subroutine at a time.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000345",
      "in_reply_to_screen_name" : "harbor_brewing",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020134"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "5",
      "id_str" : "71000000020134",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020134",
      "created_at" : "Mon Mar 08 20:33:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Handed out forty-two nanoseconds at the graduation. Everyone wants a microsecond now. 🚢",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020133"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "41",
      "id_str" : "71000000020133",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020133",
      "created_at" : "Mon Mar 08 13:35:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbor_brewing Humans are allergic to change. assembly is my allergy shot. #debugging",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000347",
      "in_reply_to_screen_name" : "harbor_brewing",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020132"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/f8dnncvevw",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "20",
      "id_str" : "71000000020132",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020132",
      "created_at" : "Mon Mar 08 21:22:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The most dangerous phrase in the Navy: we've always done it this way. https://t.co/f8dnncvevw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020131"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "28",
      "id_str" : "71000000020131",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020131",
      "created_at" : "Mon Mar 08 21:25:00 +0000 2025",
      "favorited" : false,
      "full_text" : "It's easier to ask forgiveness than it is to get the committee's blessing. #COBOL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020130"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "17",
      "id_str" : "71000000020130",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020130",
      "created_at" : "Mon Mar 08 20:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Debugging payroll system again. The moth was in the tape, as always.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020129"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/vhkuur8w4k",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "7",
      "id_str" : "71000000020129",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020129",
      "created_at" : "Mon Mar 08 00:15:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Whoever invented memos never had to meet a deadline at sea. https://t.co/vhkuur8w4k",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020128"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "23",
      "id_str" : "71000000020128",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020128",
      "created_at" : "Mon Mar 08 08:12:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Told the the committee that a ship in port is safe, but that's not what ships are built for.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020127"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "39",
      "id_str" : "71000000020127",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020127",
      "created_at" : "Mon Mar 08 03:33:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Teaching the committee to write FLOW-MATIC one relay at a time. ⚓",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020126"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "42",
      "id_str" : "71000000020126",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020126",
      "created_at" : "Mon Mar 08 12:41:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @ada_lovecode: assembly is not dead; it just pays the pensions. #nanoseconds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020125"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "19",
      "id_str" : "71000000020125",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020125",
      "created_at" : "Mon Mar 08 13:59:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @cobol_committee: Humans are allergic to change. FLOW-MATIC is my allergy shot.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020124"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/sh4u2kpft9",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "45",
      "id_str" : "71000000020124",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020124",
      "created_at" : "Mon Mar 07 10:24:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Wrote a compiler for A-0 before breakfast. The coffee was the hard part. https://t.co/sh4u2kpft9",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020123"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "15",
      "id_str" : "71000000020123",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020123",
      "created_at" : "Mon Mar 07 11:37:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Found a moth in relay forty-two today. Taped it into the logbook. First actual case of a bug being found. 🚢",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020122"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/tu8ekg6cvv",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "3",
      "id_str" : "71000000020122",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020122",
      "created_at" : "Mon Mar 07 08:36:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A about a foot wire on my desk, a pale ale in the fridge, a race condition in the punch card. Monday. https://t.co/tu8ekg6cvv",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020121"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "45",
      "id_str" : "71000000020121",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020121",
      "created_at" : "Mon Mar 07 22:52:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Told the the captains that a ship in port is safe, but that's not what ships are built for. 🐛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020120"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "39",
      "id_str" : "71000000020120",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020120",
      "created_at" : "Mon Mar 07 19:54:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Handed out three nanoseconds at the staff meeting. Everyone wants a microsecond now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020119"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "4",
      "id_str" : "71000000020119",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020119",
      "created_at" : "Mon Mar 07 22:28:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Debugging logistics program again. The race condition was in the subroutine, as always.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020118"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "9",
      "id_str" : "71000000020118",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020118",
      "created_at" : "Mon Mar 07 11:39:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @ada_lovecode: If it's a good idea, go ahead and do it. You can file the memos later.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020117"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "32",
      "id_str" : "71000000020117",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020117",
      "created_at" : "Mon Mar 07 11:11:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The new programmers asked why I keep a clock that runs counterclockwise. Because it makes people ask questions.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020116"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "26",
      "id_str" : "71000000020116",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020116",
      "created_at" : "Mon Mar 07 00:34:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @harbor_brewing: Debugging tape drive again. The beetle was in the loop, as always.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020115"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "42",
      "id_str" : "71000000020115",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020115",
      "created_at" : "Mon Mar 07 12:45:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A-0 is not dead; it just pays the bills. #homebrew",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020114"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/xfcpb7a6vq",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "48",
      "id_str" : "71000000020114",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020114",
      "created_at" : "Mon Mar 07 14:56:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's lesson for the my students: measure twice, compile once. https://t.co/xfcpb7a6vq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020113"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/zt2tnn2k2r",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "43",
      "id_str" : "71000000020113",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020113",
      "created_at" : "Mon Mar 07 03:08:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Told the my students that a ship in port is safe, but that's not what ships are built for. https://t.co/zt2tnn2k2r",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020112"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "34",
      "id_str" : "71000000020112",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020112",
      "created_at" : "Mon Mar 07 04:56:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Wrote a compiler for a brand new language before breakfast. The coffee was the hard part.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020111"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "49",
      "id_str" : "71000000020111",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020111",
      "created_at" : "Mon Mar 07 06:08:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Teaching the captains to write a brand new language one relay at a time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020110"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "2",
      "id_str" : "71000000020110",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020110",
      "created_at" : "Mon Mar 07 23:51:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's lesson for the new programmers: the future belongs to those who automate the boring parts.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020109"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "44",
      "id_str" : "71000000020109",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020109",
      "created_at" : "Mon Mar 07 07:01:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Debugging compiler again. The off-by-one was in the relay, as always. 🚢",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020108"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "46",
      "id_str" : "71000000020108",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020108",
      "created_at" : "Mon Mar 07 18:39:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's lesson for the midshipmen: a picture of a nanosecond is worth a thousand memos.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020107"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "49",
      "id_str" : "71000000020107",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020107",
      "created_at" : "Mon Mar 07 17:16:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Handed out 70 nanoseconds at the conference. Everyone wants a microsecond now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020106"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "16",
      "id_str" : "71000000020106",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020106",
      "created_at" : "Mon Mar 06 01:24:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Found a beetle in relay 12 today. Taped it into the logbook. First actual case of a bug being found. 🚢",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020105"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "29",
      "id_str" : "71000000020105",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020105",
      "created_at" : "Mon Mar 06 06:56:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A one long pencil wire on my desk, a pale ale in the fridge, a loose wire in the loop. Monday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020104"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "47",
      "id_str" : "71000000020104",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020104",
      "created_at" : "Mon Mar 06 07:26:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @harbor_brewing: Humans are allergic to change. FLOW-MATIC is my allergy shot.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020103"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "32",
      "id_str" : "71000000020103",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020103",
      "created_at" : "Mon Mar 06 22:30:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Teaching the committee to write A-0 one subroutine at a time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020102"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "47",
      "id_str" : "71000000020102",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020102",
      "created_at" : "Mon Mar 06 23:32:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The the captains asked why I keep a clock that runs counterclockwise. Because time is what you make of it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020101"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "18",
      "id_str" : "71000000020101",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020101",
      "created_at" : "Mon Mar 06 09:13:00 +0000 2025",
      "favorited" : false,
      "full_text" : "It's easier to ask forgiveness than it is to get three approvals. 🐛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020100"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "18",
      "id_str" : "71000000020100",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020100",
      "created_at" : "Mon Mar 06 03:35:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@cobol_committee Found a typo in relay 12 today. Taped it into the logbook. First actual case of a bug being found.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000380",
      "in_reply_to_screen_name" : "cobol_committee",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020099"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "9",
      "id_str" : "71000000020099",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020099",
      "created_at" : "Mon Mar 06 01:13:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbor_brewing Shipped a fix for the payroll system and celebrated with a stout.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000381",
      "in_reply_to_screen_name" : "harbor_brewing",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020098"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/cxvb68wnb3",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "22",
      "id_str" : "71000000020098",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020098",
      "created_at" : "Mon Mar 06 01:08:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's lesson for the my students: a picture of a nanosecond is worth a thousand memos. https://t.co/cxvb68wnb3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020097"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/gxnwuertcs",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "13",
      "id_str" : "71000000020097",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020097",
      "created_at" : "Mon Mar 06 03:40:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Brewing a new batch of saison this weekend. The recipe is basically a A-0 program. #debugging https://t.co/gxnwuertcs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020096"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "42",
      "id_str" : "71000000020096",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020096",
      "created_at" : "Mon Mar 06 04:29:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Debugging mainframe again. The typo was in the subroutine, as always.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020095"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "40",
      "id_str" : "71000000020095",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020095",
      "created_at" : "Mon Mar 06 06:36:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Shipped a fix for the tape drive and celebrated with a pale ale. #debugging",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020094"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "20",
      "id_str" : "71000000020094",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020094",
      "created_at" : "Mon Mar 06 14:24:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@ada_lovecode Reminder: write programs for people, not only for machines. Also, hydrate. #debugging",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000386",
      "in_reply_to_screen_name" : "ada_lovecode",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020093"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "22",
      "id_str" : "71000000020093",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020093",
      "created_at" : "Mon Mar 06 02:13:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@cobol_committee Sailed past the the harbor this morning. Thought about compiler the whole time.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000387",
      "in_reply_to_screen_name" : "cobol_committee",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020092"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "37",
      "id_str" : "71000000020092",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020092",
      "created_at" : "Mon Mar 06 03:50:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @cobol_committee: Wrote a compiler for FLOW-MATIC before breakfast. The coffee was the hard part. ⏱️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020091"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "6",
      "id_str" : "71000000020091",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020091",
      "created_at" : "Mon Mar 06 12:37:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Shipped a fix for the payroll system and celebrated with a saison.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020090"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "28",
      "id_str" : "71000000020090",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020090",
      "created_at" : "Mon Mar 06 10:31:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@ada_lovecode This is a nanosecond: 30 centimetres of wire. Stop wasting them on slow loops.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000390",
      "in_reply_to_screen_name" : "ada_lovecode",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020089"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "7",
      "id_str" : "71000000020089",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020089",
      "created_at" : "Mon Mar 06 10:30:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The midshipmen asked why I keep a clock that runs counterclockwise. Because it makes people ask questions.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020088"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "2",
      "id_str" : "71000000020088",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020088",
      "created_at" : "Mon Mar 05 23:41:00 +0000 2025",
      "favorited" : false,
      "full_text" : "This is a nanosecond: about a foot of wire. Stop wasting them on printing everything twice.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020087"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "33",
      "id_str" : "71000000020087",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020087",
      "created_at" : "Mon Mar 05 03:26:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Sailed past the any office this morning. Thought about logistics program the whole time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020086"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "0",
      "id_str" : "71000000020086",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020086",
      "created_at" : "Mon Mar 05 18:51:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Humans are allergic to change. assembly is my allergy shot. #nanoseconds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020085"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "22",
      "id_str" : "71000000020085",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020085",
      "created_at" : "Mon Mar 05 09:12:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbor_brewing Shipped a fix for the payroll system and celebrated with a hoppy IPA.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000395",
      "in_reply_to_screen_name" : "harbor_brewing",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020084"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "30",
      "id_str" : "71000000020084",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020084",
      "created_at" : "Mon Mar 05 23:33:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A 11.8 inches wire on my desk, a pale ale in the fridge, a race condition in the tape. Monday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020083"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "41",
      "id_str" : "71000000020083",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020083",
      "created_at" : "Mon Mar 05 13:31:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Told the the committee that a ship in port is safe, but that's not what ships are built for. #homebrew",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020082"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/uvxae43vt4",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "37",
      "id_str" : "71000000020082",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020082",
      "created_at" : "Mon Mar 05 22:44:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If it's a good idea, go ahead and do it. You can explain the paperwork later. https://t.co/uvxae43vt4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020081"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "36",
      "id_str" : "71000000020081",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020081",
      "created_at" : "Mon Mar 05 13:47:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @ada_lovecode: Handed out 70 nanoseconds at the staff meeting. Everyone wants a microsecond now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020080"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "13",
      "id_str" : "71000000020080",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020080",
      "created_at" : "Mon Mar 05 10:06:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @cobol_committee: I would rather debug a loom by candlelight than sit through another society ball. #notes",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020079"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "35",
      "id_str" : "71000000020079",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020079",
      "created_at" : "Mon Mar 05 05:03:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's lesson for the new programmers: measure twice, compile once.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020078"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "11",
      "id_str" : "71000000020078",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020078",
      "created_at" : "Mon Mar 05 03:30:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@cobol_committee Brewing a new batch of pale ale this weekend. The recipe is basically a FLOW-MATIC program.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000402",
      "in_reply_to_screen_name" : "cobol_committee",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020077"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "8",
      "id_str" : "71000000020077",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020077",
      "created_at" : "Mon Mar 05 15:13:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Debugging compiler again. The off-by-one was in the punch card, as always.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020076"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/m5ayf59dye",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "12",
      "id_str" : "71000000020076",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020076",
      "created_at" : "Mon Mar 05 20:15:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Debugging logistics program again. The moth was in the subroutine, as always. https://t.co/m5ayf59dye",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020075"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "25",
      "id_str" : "71000000020075",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020075",
      "created_at" : "Mon Mar 05 06:14:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @harbor_brewing: Told the midshipmen that a ship in port is safe, but that's not what ships are built for. 🍺",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020074"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "36",
      "id_str" : "71000000020074",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020074",
      "created_at" : "Mon Mar 05 09:45:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Shipped a fix for the mainframe and celebrated with a stout.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020073"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "38",
      "id_str" : "71000000020073",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020073",
      "created_at" : "Mon Mar 05 19:28:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @cobol_committee: If the engine could compose music, would it prefer a hymn or a sonata?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020072"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "12",
      "id_str" : "71000000020072",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020072",
      "created_at" : "Mon Mar 05 05:25:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@cobol_committee The most dangerous phrase in the computer lab: we've always done it this way. ⏱️",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000408",
      "in_reply_to_screen_name" : "cobol_committee",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020071"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "12",
      "id_str" : "71000000020071",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020071",
      "created_at" : "Mon Mar 04 23:09:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's lesson for the my students: the future belongs to those who automate the boring parts. #nanoseconds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020070"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "24",
      "id_str" : "71000000020070",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020070",
      "created_at" : "Mon Mar 04 16:30:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A 30 centimetres wire on my desk, a stout in the fridge, a race condition in the tape. Monday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020069"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/gvhdhh999m",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "44",
      "id_str" : "71000000020069",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020069",
      "created_at" : "Mon Mar 04 15:56:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Told the the captains that a ship in port is safe, but that's not what ships are built for. 🚢 #COBOL https://t.co/gvhdhh999m",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020068"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "28",
      "id_str" : "71000000020068",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020068",
      "created_at" : "Mon Mar 04 17:44:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Brewing a new batch of stout this weekend. The recipe is basically a a brand new language program.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020067"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "45",
      "id_str" : "71000000020067",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020067",
      "created_at" : "Mon Mar 04 13:51:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Brewing a new batch of pale ale this weekend. The recipe is basically a COBOL program.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020066"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "39",
      "id_str" : "71000000020066",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020066",
      "created_at" : "Mon Mar 04 15:56:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Shipped a fix for the payroll system and celebrated with a hoppy IPA.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020065"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "36",
      "id_str" : "71000000020065",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020065",
      "created_at" : "Mon Mar 04 19:49:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Debugging logistics program again. The moth was in the relay, as always.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020064"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "1",
      "id_str" : "71000000020064",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020064",
      "created_at" : "Mon Mar 04 14:50:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Teaching the captains to write FLOW-MATIC one loop at a time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020063"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "28",
      "id_str" : "71000000020063",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020063",
      "created_at" : "Mon Mar 04 22:53:00 +0000 2025",
      "favorited" : false,
      "full_text" : "It's easier to ask forgiveness than it is to get three approvals. #debugging",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020062"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "38",
      "id_str" : "71000000020062",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020062",
      "created_at" : "Mon Mar 04 18:21:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @harbor_brewing: Whoever invented memos never had to meet a deadline at sea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020061"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "1",
      "id_str" : "71000000020061",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020061",
      "created_at" : "Mon Mar 04 05:43:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Shipped a fix for the mainframe and celebrated with a saison.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020060"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "9",
      "id_str" : "71000000020060",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020060",
      "created_at" : "Mon Mar 04 06:35:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Sailed past the committee rooms this morning. Thought about mainframe the whole time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020059"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "32",
      "id_str" : "71000000020059",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020059",
      "created_at" : "Mon Mar 04 14:27:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@cobol_committee Shipped a fix for the mainframe and celebrated with a stout. ⚓",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000421",
      "in_reply_to_screen_name" : "cobol_committee",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020058"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "39",
      "id_str" : "71000000020058",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020058",
      "created_at" : "Mon Mar 04 02:45:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Debugging payroll system again. The beetle was in the punch card, as always.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020057"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "4",
      "id_str" : "71000000020057",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020057",
      "created_at" : "Mon Mar 04 11:35:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Humans are allergic to change. a brand new language is my allergy shot. 🍺",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020056"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "26",
      "id_str" : "71000000020056",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020056",
      "created_at" : "Mon Mar 04 17:17:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Brewing a new batch of pale ale this weekend. The recipe is basically a a brand new language program.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020055"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "18",
      "id_str" : "71000000020055",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020055",
      "created_at" : "Mon Mar 04 23:33:00 +0000 2025",
      "favorited" : false,
      "full_text" : "This is a nanosecond: 30 centimetres of wire. Stop wasting them on printing everything twice.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020054"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "34",
      "id_str" : "71000000020054",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020054",
      "created_at" : "Mon Mar 04 13:55:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Found a race condition in relay 12 today. Taped it into the logbook. First actual case of a bug being found.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020053"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "5",
      "id_str" : "71000000020053",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020053",
      "created_at" : "Mon Mar 03 19:15:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbor_brewing Reminder: a picture of a nanosecond is worth a thousand memos. Also, hydrate. 🐛",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000427",
      "in_reply_to_screen_name" : "harbor_brewing",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020052"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/wcmb4myugs",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "3",
      "id_str" : "71000000020052",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020052",
      "created_at" : "Mon Mar 03 13:34:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The most dangerous phrase in any office: we've always done it this way. https://t.co/wcmb4myugs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020051"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "32",
      "id_str" : "71000000020051",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020051",
      "created_at" : "Mon Mar 03 00:31:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Shipped a fix for the logistics program and celebrated with a hoppy IPA.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020050"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "9",
      "id_str" : "71000000020050",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020050",
      "created_at" : "Mon Mar 03 21:15:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@cobol_committee The my students asked why I keep a clock that runs counterclockwise. Because time is what you make of it.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000430",
      "in_reply_to_screen_name" : "cobol_committee",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020049"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "18",
      "id_str" : "71000000020049",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020049",
      "created_at" : "Mon Mar 03 04:47:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Debugging mainframe again. The typo was in the tape, as always.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020048"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "26",
      "id_str" : "71000000020048",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020048",
      "created_at" : "Mon Mar 03 22:45:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Debugging payroll system again. The typo was in the subroutine, as always. #nanoseconds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020047"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "16",
      "id_str" : "71000000020047",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020047",
      "created_at" : "Mon Mar 03 04:34:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@ada_lovecode It's easier to ask forgiveness than it is to get the committee's blessing. ⚓",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000433",
      "in_reply_to_screen_name" : "ada_lovecode",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020046"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "6",
      "id_str" : "71000000020046",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020046",
      "created_at" : "Mon Mar 03 15:16:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @harbor_brewing: Today's note G: a table of 25 steps to compute prime tables. Tea required.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020045"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "18",
      "id_str" : "71000000020045",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020045",
      "created_at" : "Mon Mar 03 10:03:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A 11.8 inches wire on my desk, a pale ale in the fridge, a moth in the relay. Monday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020044"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "13",
      "id_str" : "71000000020044",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020044",
      "created_at" : "Mon Mar 03 10:15:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @ada_lovecode: Reminder: the future belongs to those who automate the boring parts. Also, hydrate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020043"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "36",
      "id_str" : "71000000020043",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020043",
      "created_at" : "Mon Mar 03 09:59:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @cobol_committee: Sailed past the any office this morning. Thought about compiler the whole time. #nanoseconds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020042"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "38",
      "id_str" : "71000000020042",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020042",
      "created_at" : "Mon Mar 03 22:53:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Brewing a new batch of saison this weekend. The recipe is basically a COBOL program. #COBOL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020041"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "29",
      "id_str" : "71000000020041",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020041",
      "created_at" : "Mon Mar 03 23:22:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Brewing a new batch of pale ale this weekend. The recipe is basically a COBOL program. 🚢",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020040"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/7nsmdgtzq2",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "5",
      "id_str" : "71000000020040",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020040",
      "created_at" : "Mon Mar 03 02:43:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Shipped a fix for the payroll system and celebrated with a lager. https://t.co/7nsmdgtzq2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020039"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "39",
      "id_str" : "71000000020039",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020039",
      "created_at" : "Mon Mar 03 11:14:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@cobol_committee It's easier to ask forgiveness than it is to get a signature.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000441",
      "in_reply_to_screen_name" : "cobol_committee",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020038"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/xzsut6g2sm",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "2",
      "id_str" : "71000000020038",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020038",
      "created_at" : "Mon Mar 03 00:06:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Sailed past the committee rooms this morning. Thought about logistics program the whole time. 🐛 https://t.co/xzsut6g2sm",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020037"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "0",
      "id_str" : "71000000020037",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020037",
      "created_at" : "Mon Mar 03 14:54:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@ada_lovecode If it's a good idea, go ahead and do it. You can explain the forms later.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000443",
      "in_reply_to_screen_name" : "ada_lovecode",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020036"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "38",
      "id_str" : "71000000020036",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020036",
      "created_at" : "Mon Mar 03 13:35:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbor_brewing Shipped a fix for the compiler and celebrated with a stout. ⏱️ #nanoseconds",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000444",
      "in_reply_to_screen_name" : "harbor_brewing",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020035"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "20",
      "id_str" : "71000000020035",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020035",
      "created_at" : "Mon Mar 02 18:51:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Found a off-by-one in relay forty-two today. Taped it into the logbook. First actual case of a bug being found. #nanoseconds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020034"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/uzx4z39mst",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "35",
      "id_str" : "71000000020034",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020034",
      "created_at" : "Mon Mar 02 04:04:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: write programs for people, not only for machines. Also, hydrate. https://t.co/uzx4z39mst",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020033"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "3",
      "id_str" : "71000000020033",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020033",
      "created_at" : "Mon Mar 02 12:33:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Sailed past the any office this morning. Thought about payroll system the whole time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020032"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "0",
      "id_str" : "71000000020032",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020032",
      "created_at" : "Mon Mar 02 07:04:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbor_brewing Teaching new programmers to write FLOW-MATIC one loop at a time.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000448",
      "in_reply_to_screen_name" : "harbor_brewing",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020031"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "21",
      "id_str" : "71000000020031",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020031",
      "created_at" : "Mon Mar 02 10:15:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The my students asked why I keep a clock that runs counterclockwise. Because change is good.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020030"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "31",
      "id_str" : "71000000020030",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020030",
      "created_at" : "Mon Mar 02 14:09:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@ada_lovecode Found a moth in relay a hundred today. Taped it into the logbook. First actual case of a bug being found.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000450",
      "in_reply_to_screen_name" : "ada_lovecode",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020029"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/uh8uqs3s3u",
            "expanded_url" : "https://example.org/nanosecond",
            "display_url" : "example.org/nanosecond"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "45",
      "id_str" : "71000000020029",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020029",
      "created_at" : "Mon Mar 02 21:10:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's lesson for the the committee: measure twice, compile once. https://t.co/uh8uqs3s3u",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020028"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "3",
      "id_str" : "71000000020028",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020028",
      "created_at" : "Mon Mar 02 14:49:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@ada_lovecode Teaching the committee to write COBOL one loop at a time.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000452",
      "in_reply_to_screen_name" : "ada_lovecode",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020027"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "14",
      "id_str" : "71000000020027",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020027",
      "created_at" : "Mon Mar 02 16:58:00 +0000 2025",
      "favorited" : false,
      "full_text" : "It's easier to ask forgiveness than it is to get a signature. #homebrew",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020026"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "33",
      "id_str" : "71000000020026",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020026",
      "created_at" : "Mon Mar 02 12:22:00 +0000 2025",
      "favorited" : false,
      "full_text" : "This is a nanosecond: one long pencil of wire. Stop wasting them on meetings. 🐛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020025"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "43",
      "id_str" : "71000000020025",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020025",
      "created_at" : "Mon Mar 02 12:36:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Teaching my students to write COBOL one subroutine at a time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020024"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "23",
      "id_str" : "71000000020024",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000020024",
      "created_at" : "Mon Mar 02 20:42:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @cobol_committee: Poetical science is just analysis with better metaphors.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020023"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "46",
      "id_str" : "71000000020023",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000020023",
      "created_at" : "Mon Mar 02 18:43:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Told the my students that a ship in port is safe, but that's not what ships are built for. 🍺",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020022"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "24",
      "id_str" : "71000000020022",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020022",
      "created_at" : "Mon Mar 02 06:53:00 +0000 2025",
      "favorited" : false,
      "full_text" : "assembly is not dead; it just pays the salaries of half the planet.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020021"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "47",
      "id_str" : "71000000020021",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020021",
      "created_at" : "Mon Mar 02 02:34:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @ada_lovecode: Wrote a compiler for A-0 before breakfast. The coffee was the hard part.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020020"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "32",
      "id_str" : "71000000020020",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020020",
      "created_at" : "Mon Mar 02 07:01:00 +0000 2025",
      "favorited" : false,
      "full_text" : "This is a nanosecond: 11.8 inches of wire. Stop wasting them on slow loops. #homebrew",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020019"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "36",
      "id_str" : "71000000020019",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020019",
      "created_at" : "Mon Mar 02 03:12:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Told the the committee that a ship in port is safe, but that's not what ships are built for. 🐛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020018"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/a9er268r2n",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "4",
      "id_str" : "71000000020018",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020018",
      "created_at" : "Mon Mar 02 17:08:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Humans are allergic to change. COBOL is my allergy shot. 🚢 https://t.co/a9er268r2n",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020017"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "4",
      "id_str" : "71000000020017",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020017",
      "created_at" : "Mon Mar 01 07:02:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Found a moth in relay 12 today. Taped it into the logbook. First actual case of a bug being found.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020016"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "22",
      "id_str" : "71000000020016",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020016",
      "created_at" : "Mon Mar 01 19:38:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's lesson for the midshipmen: a picture of a nanosecond is worth a thousand memos. #nanoseconds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020015"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "45",
      "id_str" : "71000000020015",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020015",
      "created_at" : "Mon Mar 01 14:53:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbor_brewing Sailed past the the harbor this morning. Thought about tape drive the whole time.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000465",
      "in_reply_to_screen_name" : "harbor_brewing",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020014"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "33",
      "id_str" : "71000000020014",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020014",
      "created_at" : "Mon Mar 01 06:18:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Teaching midshipmen to write a brand new language one loop at a time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020013"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "20",
      "id_str" : "71000000020013",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000020013",
      "created_at" : "Mon Mar 01 22:45:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbor_brewing If it's a good idea, go ahead and do it. You can sign the forms later.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000467",
      "in_reply_to_screen_name" : "harbor_brewing",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020012"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "8",
      "id_str" : "71000000020012",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000020012",
      "created_at" : "Mon Mar 01 06:23:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If it's a good idea, go ahead and do it. You can explain the budget request later.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020011"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "16",
      "id_str" : "71000000020011",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020011",
      "created_at" : "Mon Mar 01 22:07:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A one long pencil wire on my desk, a lager in the fridge, a race condition in the relay. Monday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020010"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "49",
      "id_str" : "71000000020010",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000020010",
      "created_at" : "Mon Mar 01 13:26:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @harbor_brewing: Found a off-by-one in relay 70 today. Taped it into the logbook. First actual case of a bug being found.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020009"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "22",
      "id_str" : "71000000020009",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020009",
      "created_at" : "Mon Mar 01 09:34:00 +0000 2025",
      "favorited" : false,
      "full_text" : "It's easier to ask forgiveness than it is to get permission. 🍺",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020008"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "14",
      "id_str" : "71000000020008",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000020008",
      "created_at" : "Mon Mar 01 19:22:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @ada_lovecode: If the store could compose music, would it prefer a waltz or a sonata?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020007"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "18",
      "id_str" : "71000000020007",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000020007",
      "created_at" : "Mon Mar 01 11:09:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Brewing a new batch of saison this weekend. The recipe is basically a FLOW-MATIC program.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020006"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "41",
      "id_str" : "71000000020006",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020006",
      "created_at" : "Mon Mar 01 22:37:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@ada_lovecode Shipped a fix for the mainframe and celebrated with a saison. 🐛 #nanoseconds",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000474",
      "in_reply_to_screen_name" : "ada_lovecode",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020005"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "47",
      "id_str" : "71000000020005",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020005",
      "created_at" : "Mon Mar 01 06:21:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Debugging payroll system again. The typo was in the tape, as always.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020004"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "27",
      "id_str" : "71000000020004",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000020004",
      "created_at" : "Mon Mar 01 03:52:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Brewing a new batch of stout this weekend. The recipe is basically a FLOW-MATIC program. 🚢",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020003"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ugr8vtt4fw",
            "expanded_url" : "https://example.org/logbook/1947",
            "display_url" : "example.org/logbook/1947"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "42",
      "id_str" : "71000000020003",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020003",
      "created_at" : "Mon Mar 01 23:55:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Brewing a new batch of lager this weekend. The recipe is basically a COBOL program. https://t.co/ugr8vtt4fw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020002"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "19",
      "id_str" : "71000000020002",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000020002",
      "created_at" : "Mon Mar 01 10:07:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Shipped a fix for the mainframe and celebrated with a pale ale. 🐛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000020001"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "6",
      "id_str" : "71000000020001",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000020001",
      "created_at" : "Mon Mar 01 12:01:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Sailed past the the harbor this morning. Thought about mainframe the whole time.",
      "lang" : "en"
    }
  }
]
